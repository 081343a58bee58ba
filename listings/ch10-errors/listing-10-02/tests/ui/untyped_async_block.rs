// ANCHOR: all
#[tokio::main]
async fn main() {
    let task = tokio::spawn(async move {
        let port = "8080".parse::<u16>()?;
        Ok(port)
    });
    println!("{:?}", task.await);
}
// ANCHOR_END: all
