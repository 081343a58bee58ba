//! Solution: download a body, but never more than a limit.

/// Why a download failed.
#[derive(Debug)]
pub enum DownloadError {
    /// The body is longer than the limit. Reading stopped there.
    TooLarge { limit: usize },
    /// The request failed, or the server answered with an error status.
    Http(reqwest::Error),
}

impl From<reqwest::Error> for DownloadError {
    fn from(error: reqwest::Error) -> Self {
        DownloadError::Http(error)
    }
}

/// Downloads the body at `url` with `client`, if it is at most `limit`
/// bytes long. A longer body is `TooLarge`, and the download stops as soon
/// as it is known to be too long: a server may send gigabytes, or never
/// stop. An error status (404, 500, …) is `Http`.
pub async fn download_capped(
    client: &reqwest::Client,
    url: &str,
    limit: usize,
) -> Result<Vec<u8>, DownloadError> {
    let mut response = client.get(url).send().await?.error_for_status()?;
    let mut body = Vec::new();
    // `bytes()` would wait for the whole body, however long. `chunk()`
    // hands it over piece by piece, so the loop can stop early.
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Err(DownloadError::TooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
