// ANCHOR: all
// Turn the warning into an error, so that this file fails to compile and the
// test can show the lint's message.
#![deny(async_fn_in_trait)]

pub trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
}

fn main() {}
// ANCHOR_END: all
