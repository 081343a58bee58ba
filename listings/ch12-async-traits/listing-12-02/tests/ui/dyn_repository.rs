// ANCHOR: all
trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
}

struct UserRepository;

impl Repository for UserRepository {
    async fn find(&self, id: u64) -> Option<String> {
        Some(format!("User {id}"))
    }
}

fn main() {
    let repos: Vec<Box<dyn Repository>> = vec![Box::new(UserRepository)];
    println!("{} repositories", repos.len());
}
// ANCHOR_END: all
