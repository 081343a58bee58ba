use std::time::Duration;

#[test]
fn panics_with_the_message_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-11-03"), Duration::from_secs(30));
    assert!(
        !run.success,
        "listing 11-3 should panic, but it succeeded:\n{}",
        run.stdout
    );
    let expected = support::read(env!("CARGO_MANIFEST_DIR"), "panic.txt");
    assert!(
        run.stderr.contains(expected.trim_end()),
        "listing 11-3 did not panic with the message in panic.txt, which the book shows.\n\
         --- panic.txt ---\n{expected}\n--- it printed on stderr ---\n{}",
        run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "nothing should print before the panic"
    );
}
