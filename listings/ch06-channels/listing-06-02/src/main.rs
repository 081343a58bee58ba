fn main() {
    for line in listing_06_02::try_fill(2, 4) {
        println!("{line}");
    }
}
