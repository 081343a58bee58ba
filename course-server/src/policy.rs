//! Who may run what: the classroom safety rules, as pure functions.
//!
//! Every run request passes [`authorize`] before anything else looks at it;
//! the tests call these functions directly and through real sockets.

use hyper::StatusCode;
use std::net::IpAddr;

/// What the server was told at start.
#[derive(Clone, Debug)]
pub struct Policy {
    /// The port the book is served on: a `Host` must name it.
    pub port: u16,
    /// The `--hostname` the instructor gave, if it is a name (not a wildcard
    /// address): a `Host` may name it as well as `localhost` or an IP address.
    pub hostname: Option<String>,
    /// `--allow-remote-run`: other machines may run listings as shipped.
    pub allow_remote_run: bool,
    /// The per-serve random token the pages carry.
    pub token: String,
}

/// What a request says about itself, taken from the socket and its headers.
#[derive(Clone, Debug)]
pub struct RequestFacts<'a> {
    pub peer: IpAddr,
    pub host: Option<&'a str>,
    pub origin: Option<&'a str>,
    pub token: Option<&'a str>,
}

/// A refused request: the status and a message for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

impl Refusal {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
        }
    }
}

/// The machine itself: 127.0.0.0/8, ::1, or 127.x mapped into IPv6.
pub fn is_local(peer: IpAddr) -> bool {
    match peer {
        IpAddr::V4(a) => a.is_loopback(),
        IpAddr::V6(a) => a.is_loopback() || a.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

/// A `Host` header the book's own page could send: `localhost`, an IP
/// address, or the `--hostname` given, with our port. A name of some other
/// site (a DNS-rebinding page that points its own name at this machine) is
/// refused.
pub fn host_allowed(host: &str, policy: &Policy) -> bool {
    let (name, port) = match split_host(host) {
        Some(parts) => parts,
        None => return false,
    };
    if port != policy.port {
        return false;
    }
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok()
        || policy
            .hostname
            .as_deref()
            .is_some_and(|h| h.eq_ignore_ascii_case(name))
}

/// `name:port` or `[v6]:port`; a missing port is 80.
fn split_host(host: &str) -> Option<(&str, u16)> {
    if host.is_empty() || host.len() > 255 {
        return None;
    }
    if host.starts_with('[') {
        let end = host.find(']')?;
        let (name, rest) = host.split_at(end + 1);
        return match rest.strip_prefix(':') {
            Some(port) => Some((name, port.parse().ok()?)),
            None if rest.is_empty() => Some((name, 80)),
            None => None,
        };
    }
    match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => Some((name, port.parse().ok()?)),
        Some(_) => None,
        None => Some((host, 80)),
    }
}

/// The request comes from a page of this very server: its `Origin` is
/// `http://` and the `Host` it was sent to. Browsers send `Origin` with every
/// POST, so a missing one is refused too.
pub fn origin_matches(origin: Option<&str>, host: &str) -> bool {
    match origin {
        Some(origin) => origin
            .strip_prefix("http://")
            .is_some_and(|rest| rest.eq_ignore_ascii_case(host)),
        None => false,
    }
}

/// Compares the token in constant time (for its length).
pub fn token_matches(given: Option<&str>, token: &str) -> bool {
    let Some(given) = given else { return false };
    if given.len() != token.len() {
        return false;
    }
    given
        .bytes()
        .zip(token.bytes())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

/// May this request run anything at all? Checked before its body is read.
pub fn authorize(facts: &RequestFacts<'_>, policy: &Policy) -> Result<(), Refusal> {
    let host = facts.host.unwrap_or("");
    if !host_allowed(host, policy) {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            format!(
                "refused: the request was sent to the host `{host}`, not to this book's own address"
            ),
        ));
    }
    if !origin_matches(facts.origin, host) {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            format!(
                "refused: the request comes from `{}`, not from a page of this book",
                facts.origin.unwrap_or("no page (no Origin header)")
            ),
        ));
    }
    if !token_matches(facts.token, &policy.token) {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            "refused: the page's token is missing or out of date; reload the page",
        ));
    }
    if !is_local(facts.peer) && !policy.allow_remote_run {
        return Err(Refusal::new(
            StatusCode::FORBIDDEN,
            "refused: listings run only for the machine that serves the book. \
             The instructor can let the room run them with `cargo course serve -- --allow-remote-run`",
        ));
    }
    Ok(())
}

/// Edited code runs only for the machine itself, even with `--allow-remote-run`.
pub fn authorize_edit(peer: IpAddr) -> Result<(), Refusal> {
    if is_local(peer) {
        Ok(())
    } else {
        Err(Refusal::new(
            StatusCode::FORBIDDEN,
            "refused: edited code runs only on the machine that serves the book; \
             other machines may run the listings as shipped",
        ))
    }
}

/// Should a page served to this peer carry the token (and so show buttons)?
pub fn page_gets_token(peer: IpAddr, host: Option<&str>, policy: &Policy) -> bool {
    host.is_some_and(|h| host_allowed(h, policy)) && (is_local(peer) || policy.allow_remote_run)
}

/// A listing's package name as a request may give it: `listing-01-02` and
/// the like, lowercase letters, digits and dashes, at most 64 characters.
pub fn valid_package_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A file of a listing an edit may replace: a relative path of plain names
/// ending in `.rs`, such as `src/main.rs` or `tests/output.rs`.
pub fn valid_edit_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 200
        && path.ends_with(".rs")
        && path.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy {
            port: 3000,
            hostname: Some("teacher.local".into()),
            allow_remote_run: false,
            token: "t0k3n".into(),
        }
    }

    fn facts<'a>(peer: &str, host: &'a str, origin: &'a str, token: &'a str) -> RequestFacts<'a> {
        RequestFacts {
            peer: peer.parse().unwrap(),
            host: Some(host),
            origin: Some(origin),
            token: Some(token),
        }
    }

    #[test]
    fn loopback_is_local_and_nothing_else_is() {
        for local in ["127.0.0.1", "127.3.4.5", "::1", "::ffff:127.0.0.1"] {
            assert!(is_local(local.parse().unwrap()), "{local}");
        }
        for remote in [
            "192.168.1.5",
            "10.0.0.1",
            "0.0.0.0",
            "::ffff:192.168.1.5",
            "fe80::1",
        ] {
            assert!(!is_local(remote.parse().unwrap()), "{remote}");
        }
    }

    #[test]
    fn hosts_the_page_can_send() {
        let p = policy();
        for ok in [
            "localhost:3000",
            "LOCALHOST:3000",
            "127.0.0.1:3000",
            "[::1]:3000",
            "192.168.1.5:3000",
            "teacher.local:3000",
        ] {
            assert!(host_allowed(ok, &p), "{ok}");
        }
        for bad in [
            "",
            "localhost",
            "localhost:3001",
            "evil.example:3000",
            "127.0.0.1.evil.example:3000",
            "[::1]",
            "[::1]x:3000",
            "::1:3000",
            "localhost:port",
        ] {
            assert!(!host_allowed(bad, &p), "{bad}");
        }
    }

    #[test]
    fn origin_must_be_the_page_itself() {
        assert!(origin_matches(
            Some("http://localhost:3000"),
            "localhost:3000"
        ));
        assert!(!origin_matches(None, "localhost:3000"));
        assert!(!origin_matches(Some("null"), "localhost:3000"));
        assert!(!origin_matches(
            Some("https://localhost:3000"),
            "localhost:3000"
        ));
        assert!(!origin_matches(
            Some("http://evil.example"),
            "localhost:3000"
        ));
        assert!(!origin_matches(
            Some("http://localhost:3000.evil.example"),
            "localhost:3000"
        ));
    }

    #[test]
    fn each_rule_refuses_on_its_own() {
        let p = policy();
        let good = facts(
            "127.0.0.1",
            "localhost:3000",
            "http://localhost:3000",
            "t0k3n",
        );
        assert_eq!(authorize(&good, &p), Ok(()));

        let cross_origin = facts(
            "127.0.0.1",
            "localhost:3000",
            "http://evil.example",
            "t0k3n",
        );
        let e = authorize(&cross_origin, &p).unwrap_err();
        assert_eq!(e.status, StatusCode::FORBIDDEN);
        assert!(e.message.contains("not from a page of this book"), "{e:?}");

        let no_origin = RequestFacts {
            origin: None,
            ..good.clone()
        };
        assert!(authorize(&no_origin, &p).is_err());

        let rebinding = facts(
            "127.0.0.1",
            "evil.example:3000",
            "http://evil.example:3000",
            "t0k3n",
        );
        let e = authorize(&rebinding, &p).unwrap_err();
        assert!(e.message.contains("host"), "{e:?}");

        let bad_token = facts(
            "127.0.0.1",
            "localhost:3000",
            "http://localhost:3000",
            "t0k3m",
        );
        let e = authorize(&bad_token, &p).unwrap_err();
        assert!(e.message.contains("token"), "{e:?}");
        let no_token = RequestFacts {
            token: None,
            ..good.clone()
        };
        assert!(authorize(&no_token, &p).is_err());

        let remote = facts(
            "192.168.1.7",
            "192.168.1.5:3000",
            "http://192.168.1.5:3000",
            "t0k3n",
        );
        let e = authorize(&remote, &p).unwrap_err();
        assert!(e.message.contains("--allow-remote-run"), "{e:?}");
        let open = Policy {
            allow_remote_run: true,
            ..p.clone()
        };
        assert_eq!(authorize(&remote, &open), Ok(()));
    }

    #[test]
    fn edits_only_from_the_machine_itself() {
        assert!(authorize_edit("127.0.0.1".parse().unwrap()).is_ok());
        assert!(authorize_edit("::1".parse().unwrap()).is_ok());
        assert!(authorize_edit("192.168.1.7".parse().unwrap()).is_err());
    }

    #[test]
    fn pages_carry_the_token_only_for_those_who_may_run() {
        let p = policy();
        let local = "127.0.0.1".parse().unwrap();
        let remote = "192.168.1.7".parse().unwrap();
        assert!(page_gets_token(local, Some("localhost:3000"), &p));
        assert!(!page_gets_token(local, Some("evil.example:3000"), &p));
        assert!(!page_gets_token(local, None, &p));
        assert!(!page_gets_token(remote, Some("192.168.1.5:3000"), &p));
        let open = Policy {
            allow_remote_run: true,
            ..p
        };
        assert!(page_gets_token(remote, Some("192.168.1.5:3000"), &open));
    }

    #[test]
    fn names_and_paths() {
        assert!(valid_package_name("listing-01-02"));
        for bad in [
            "",
            "Listing-01-02",
            "../listing-01-02",
            "listing 01",
            "listing-01-02;rm",
            "-p",
            "1listing",
            &"a".repeat(65),
        ] {
            assert!(!valid_package_name(bad), "{bad}");
        }
        assert!(valid_edit_path("src/main.rs"));
        assert!(valid_edit_path("tests/output.rs"));
        for bad in [
            "",
            "/etc/passwd",
            "../x.rs",
            "src/../../x.rs",
            "src//main.rs",
            "Cargo.toml",
            "src/main.rs\0",
            "src\\main.rs",
            "./src/main.rs",
        ] {
            assert!(!valid_edit_path(bad), "{bad}");
        }
    }

    #[test]
    fn token_compare() {
        assert!(token_matches(Some("abc"), "abc"));
        assert!(!token_matches(Some("abd"), "abc"));
        assert!(!token_matches(Some("ab"), "abc"));
        assert!(!token_matches(None, "abc"));
    }
}
