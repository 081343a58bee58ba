//! Solution: a sync library's thread calls into async code.
use tokio::runtime::Handle;
use tokio::sync::{mpsc, oneshot};

/// A sensor library with a sync API: it starts a thread of its own and
/// calls `on_reading` there for every reading, in order. It returns what
/// the callback returned for each. Do not change it.
pub fn start_sensor(
    readings: Vec<u32>,
    on_reading: impl Fn(u32) -> u64 + Send + 'static,
) -> std::thread::JoinHandle<Vec<u64>> {
    std::thread::Builder::new()
        .name("sensor".into())
        .spawn(move || readings.into_iter().map(on_reading).collect())
        .expect("the sensor thread")
}

/// An async store: a task that saves readings and hands out ids 1, 2, 3, …
/// Do not change it.
#[derive(Clone)]
pub struct Store {
    requests: mpsc::Sender<Request>,
}

enum Request {
    Save(u32, oneshot::Sender<u64>),
    List(oneshot::Sender<Vec<u32>>),
}

impl Store {
    /// Starts the store's task on the current runtime.
    pub fn start() -> Store {
        let (requests, mut inbox) = mpsc::channel(8);
        tokio::spawn(async move {
            let mut saved = Vec::new();
            while let Some(request) = inbox.recv().await {
                match request {
                    Request::Save(reading, reply) => {
                        saved.push(reading);
                        let _ = reply.send(saved.len() as u64);
                    }
                    Request::List(reply) => {
                        let _ = reply.send(saved.clone());
                    }
                }
            }
        });
        Store { requests }
    }

    /// Saves a reading; returns its id.
    pub async fn save(&self, reading: u32) -> u64 {
        let (reply, id) = oneshot::channel();
        self.requests
            .send(Request::Save(reading, reply))
            .await
            .unwrap();
        id.await.unwrap()
    }

    /// Every reading saved so far, oldest first.
    pub async fn saved(&self) -> Vec<u32> {
        let (reply, list) = oneshot::channel();
        self.requests.send(Request::List(reply)).await.unwrap();
        list.await.unwrap()
    }
}

/// The callback to give `start_sensor`. It runs on the sensor's thread,
/// which is not one of the runtime's. For each reading it saves the reading
/// in `store`, through the runtime behind `handle`, and returns the id the
/// store gave it.
pub fn on_reading(handle: Handle, store: Store) -> impl Fn(u32) -> u64 + Send + 'static {
    // The sensor's thread has no runtime of its own: it runs the save on
    // this one through the Handle, and waits for the id.
    move |reading| handle.block_on(store.save(reading))
}
