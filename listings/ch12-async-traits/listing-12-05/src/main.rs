use listing_12_05::{Repository, UserRepository};

#[tokio::main]
async fn main() {
    let repo = UserRepository;
    repo.save("Alice".to_string()).await.unwrap();
    println!("{:?}", repo.find(1).await);
}
