#[tokio::main]
async fn main() {
    for line in listing_06_09::demo()
        .await
        .expect("the actor stopped early")
    {
        println!("{line}");
    }
}
