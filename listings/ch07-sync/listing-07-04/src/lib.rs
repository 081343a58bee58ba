//! Listing 7-4: when the guard must be held across an `.await`, use
//! `tokio::sync::Mutex`. Here it guards one connection that many tasks share.
use std::io;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};

// ANCHOR: connection
/// The client end of a line protocol: send one line, read one reply line.
pub struct Connection {
    stream: BufReader<DuplexStream>,
}

impl Connection {
    /// Needs `&mut self`: a conversation is a write *and* a read, and no one
    /// else may use the connection in between.
    pub async fn ask(&mut self, question: &str) -> io::Result<String> {
        let stream = self.stream.get_mut();
        stream.write_all(question.as_bytes()).await?;
        stream.write_all(b"\n").await?;
        let mut answer = String::new();
        self.stream.read_line(&mut answer).await?;
        Ok(answer.trim_end().to_owned())
    }
}
// ANCHOR_END: connection

// ANCHOR: shared
use tokio::sync::Mutex;

/// Many tasks share one connection. The guard is held across two `.await`s
/// (the write and the read): that is what tokio's mutex is for.
pub async fn ask_shared(conn: &Mutex<Connection>, question: &str) -> io::Result<String> {
    let mut conn = conn.lock().await;
    conn.ask(question).await
} // the guard is dropped here, after the reply has been read
// ANCHOR_END: shared

/// A stand-in server on the other end of an in-memory pipe: it answers
/// each line after 100 ms with the line in capitals.
async fn server(stream: DuplexStream) -> io::Result<()> {
    let mut lines = BufReader::new(stream);
    let mut line = String::new();
    while lines.read_line(&mut line).await? > 0 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let answer = line.to_uppercase();
        lines.get_mut().write_all(answer.as_bytes()).await?;
        line.clear();
    }
    Ok(())
}

/// Starts the server and returns a connection to it.
pub fn connect() -> Connection {
    let (client, server_end) = tokio::io::duplex(1024);
    tokio::spawn(server(server_end));
    Connection {
        stream: BufReader::new(client),
    }
}

// ANCHOR: demo
/// Asks every question from its own task, over one shared connection, and
/// returns the lines `main` prints, in the order of the questions.
pub async fn demo(questions: &[&str]) -> io::Result<Vec<String>> {
    let conn = Arc::new(Mutex::new(connect()));
    let mut handles = Vec::new();
    for question in questions {
        let conn = Arc::clone(&conn);
        let question = question.to_string();
        handles.push(tokio::spawn(async move {
            let answer = ask_shared(&conn, &question).await?;
            Ok::<_, io::Error>(format!("{question} -> {answer}"))
        }));
    }
    let mut lines = Vec::new();
    for handle in handles {
        lines.push(handle.await.expect("the task panicked")?);
    }
    Ok(lines)
}
// ANCHOR_END: demo
