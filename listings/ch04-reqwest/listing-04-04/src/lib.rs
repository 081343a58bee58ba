//! Listing 4-4: JSON both ways — a typed body out, a typed body back.
use reqwest::Client;
use serde::{Deserialize, Serialize};

// ANCHOR: types
/// A todo item as the server returns it. Fields the struct does not name
/// (the server also sends `userId`) are ignored.
#[derive(Debug, PartialEq, Deserialize)]
pub struct Todo {
    pub id: u64,
    pub title: String,
    pub completed: bool,
}

/// What we send to create one. The server wants camelCase names.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewTodo<'a> {
    pub user_id: u64,
    pub title: &'a str,
    pub completed: bool,
}
// ANCHOR_END: types

// ANCHOR: calls
/// `GET {base}/todos/{id}`, decoded into a `Todo`.
pub async fn get_todo(client: &Client, base: &str, id: u64) -> Result<Todo, reqwest::Error> {
    client
        .get(format!("{base}/todos/{id}"))
        .send()
        .await?
        .json::<Todo>() // reads the whole body, then decodes it
        .await
}

/// `POST {base}/todos` with `new` as a JSON body; returns what the server made.
pub async fn create_todo(
    client: &Client,
    base: &str,
    new: &NewTodo<'_>,
) -> Result<Todo, reqwest::Error> {
    client
        .post(format!("{base}/todos"))
        .json(new) // serializes `new` and sets `Content-Type: application/json`
        .send()
        .await?
        .json()
        .await
}
// ANCHOR_END: calls

/// What `main` prints: one line per call.
pub async fn report(client: &Client, base: &str) -> Result<Vec<String>, reqwest::Error> {
    let todo = get_todo(client, base, 1).await?;
    let new = NewTodo {
        user_id: 1,
        title: "Read chapter 4",
        completed: false,
    };
    let created = create_todo(client, base, &new).await?;
    Ok(vec![
        format!(
            "todo {}: {} (done: {})",
            todo.id, todo.title, todo.completed
        ),
        format!("created todo {}: {}", created.id, created.title),
    ])
}

// ANCHOR: chunks
/// Reads a body piece by piece, as it arrives, without ever holding all of
/// it: returns how many pieces came, and how many bytes in all.
pub async fn body_size(client: &Client, url: &str) -> Result<(usize, usize), reqwest::Error> {
    let mut response = client.get(url).send().await?.error_for_status()?;
    let (mut pieces, mut bytes) = (0, 0);
    while let Some(chunk) = response.chunk().await? {
        pieces += 1;
        bytes += chunk.len(); // a `Bytes`: use it here, then let it go
    }
    Ok((pieces, bytes))
}
// ANCHOR_END: chunks
