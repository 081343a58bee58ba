//! Listing 5-3: which branch wins when both are ready — random, or `biased;`.
use std::future::ready;

// ANCHOR: pick
/// Both branches are ready at once. `select!` starts polling at a random
/// branch, so either may win.
pub async fn pick_random() -> &'static str {
    tokio::select! {
        _ = ready(()) => "first",
        _ = ready(()) => "second",
    }
}

/// `biased;` polls the branches from top to bottom: the first ready one wins.
pub async fn pick_biased() -> &'static str {
    tokio::select! {
        biased;
        _ = ready(()) => "first",
        _ = ready(()) => "second",
    }
}
// ANCHOR_END: pick

/// How many of `rounds` races the first branch wins with `pick`.
pub async fn first_wins<F, Fut>(rounds: usize, pick: F) -> usize
where
    F: Fn() -> Fut,
    Fut: Future<Output = &'static str>,
{
    let mut wins = 0;
    for _ in 0..rounds {
        if pick().await == "first" {
            wins += 1;
        }
    }
    wins
}

/// The lines `main` prints: a summary of 1,000 races of each kind.
pub async fn report(rounds: usize) -> Vec<String> {
    let random = first_wins(rounds, pick_random).await;
    let biased = first_wins(rounds, pick_biased).await;
    let random_line = if random > 0 && random < rounds {
        format!("without biased: each branch won some of {rounds} races")
    } else {
        format!("without biased: the first branch won {random} of {rounds} races")
    };
    vec![
        random_line,
        format!("with biased: the first branch won {biased} of {rounds} races"),
    ]
}
