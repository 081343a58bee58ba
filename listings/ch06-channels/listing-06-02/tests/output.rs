#[test]
fn prints_what_the_book_shows() {
    let lines = listing_06_02::try_fill(2, 4).join("\n");
    support::assert_output(
        &lines,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
