// Without this line the mistake is only a warning, and the program runs
// without ever saving. The test makes it an error so that it must fail.
#![deny(unused_must_use)]

async fn save(note: &str) {
    println!("saved {note:?}");
}

#[tokio::main]
async fn main() {
    save("buy milk");
    println!("done");
}
