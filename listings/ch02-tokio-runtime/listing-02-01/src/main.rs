// ANCHOR: all
use tokio::runtime::Handle;

#[tokio::main]
async fn main() {
    let flavor = Handle::current().runtime_flavor();
    println!("runtime flavor: {flavor:?}");
}
// ANCHOR_END: all
