use listing_15_11::{panic_text, runtime_with_timer, runtime_without_timer, wait_a_little};

fn main() {
    std::panic::set_hook(Box::new(|_| {})); // print the message ourselves
    let broken = runtime_without_timer();
    match std::panic::catch_unwind(|| wait_a_little(&broken)) {
        Ok(()) => println!("without enable_all: slept"),
        Err(payload) => println!("without enable_all: panicked: {}", panic_text(&*payload)),
    }
    wait_a_little(&runtime_with_timer());
    println!("with enable_all: slept");
}
