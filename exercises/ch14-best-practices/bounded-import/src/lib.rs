//! Exercise: an import that reads far ahead of its writes.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// A file of records, read as fast as the disk allows: reading never waits.
/// Do not change it.
pub struct Source {
    records: std::vec::IntoIter<u32>,
    read: Arc<AtomicUsize>,
}

impl Source {
    pub fn new(records: Vec<u32>) -> Source {
        Source {
            records: records.into_iter(),
            read: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Reads the next record; `None` at the end of the file.
    pub async fn next(&mut self) -> Option<u32> {
        let record = self.records.next()?;
        self.read.fetch_add(1, Ordering::SeqCst);
        Some(record)
    }
}

/// A slow database: saving a record takes 10 ms. It notes, at each save, how
/// many records were read but not yet saved — they sit in memory. Do not
/// change it.
pub struct Store {
    saved: Vec<u32>,
    read: Arc<AtomicUsize>,
    most_in_memory: usize,
}

impl Store {
    /// A store for the records of `source`.
    pub fn for_source(source: &Source) -> Store {
        Store {
            saved: Vec::new(),
            read: Arc::clone(&source.read),
            most_in_memory: 0,
        }
    }

    pub async fn save(&mut self, record: u32) {
        let in_memory = self.read.load(Ordering::SeqCst) - self.saved.len();
        self.most_in_memory = self.most_in_memory.max(in_memory);
        tokio::time::sleep(Duration::from_millis(10)).await;
        self.saved.push(record);
    }

    /// The records saved, in the order they were saved.
    pub fn saved(&self) -> &[u32] {
        &self.saved
    }

    /// The most records that were read and not yet saved at any save.
    pub fn most_in_memory(&self) -> usize {
        self.most_in_memory
    }
}

/// Copies every record of `source` into `store`, in order. A reader task
/// reads while the store saves, so the two overlap; but the reader may run
/// at most `backlog` records ahead of the store, so that a file of a billion
/// records does not end up in memory.
pub async fn import(mut source: Source, store: &mut Store, backlog: usize) {
    // TODO: this is broken. The reader runs as far ahead as it likes.
    let _ = backlog;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let reader = tokio::spawn(async move {
        while let Some(record) = source.next().await {
            if tx.send(record).is_err() {
                break;
            }
        }
    });
    while let Some(record) = rx.recv().await {
        store.save(record).await;
    }
    reader.await.expect("the reader panicked");
}
