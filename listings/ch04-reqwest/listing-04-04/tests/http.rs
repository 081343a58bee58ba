//! The requests go to a wiremock server on 127.0.0.1 that each test starts.
use listing_04_04::{NewTodo, Todo, create_todo, get_todo};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A stand-in for the public API: todo 1 as it serves it, and a POST that
/// answers only to the exact JSON body the book's program sends.
async fn fake_api() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/todos/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "userId": 1, "id": 1, "title": "delectus aut autem", "completed": false
        })))
        .mount(&server)
        .await;
    // ANCHOR: post_mock
    Mock::given(method("POST"))
        .and(path("/todos"))
        .and(header("content-type", "application/json"))
        .and(body_json(
            json!({ "userId": 1, "title": "Read chapter 4", "completed": false }),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({
            "userId": 1, "id": 201, "title": "Read chapter 4", "completed": false
        })))
        .mount(&server)
        .await;
    // ANCHOR_END: post_mock
    server
}

#[tokio::test]
async fn decodes_the_response_into_a_struct() {
    let server = fake_api().await;
    let todo = get_todo(&reqwest::Client::new(), &server.uri(), 1)
        .await
        .unwrap();
    assert_eq!(
        todo,
        Todo {
            id: 1,
            title: "delectus aut autem".into(),
            completed: false
        }
    );
}

#[tokio::test]
async fn sends_the_struct_as_a_json_body() {
    let server = fake_api().await;
    let new = NewTodo {
        user_id: 1,
        title: "Read chapter 4",
        completed: false,
    };
    // The mock answers 201 only if the body is exactly that JSON.
    let created = create_todo(&reqwest::Client::new(), &server.uri(), &new)
        .await
        .unwrap();
    assert_eq!(created.id, 201);
    assert_eq!(created.title, "Read chapter 4");
}

// ANCHOR: decode_error
#[tokio::test]
async fn a_body_of_the_wrong_shape_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "one" })))
        .mount(&server)
        .await;
    let err = get_todo(&reqwest::Client::new(), &server.uri(), 1)
        .await
        .unwrap_err();
    assert!(err.is_decode(), "expected a decode error, got {err:?}");
}
// ANCHOR_END: decode_error

#[tokio::test]
async fn prints_what_the_book_shows() {
    let server = fake_api().await;
    // The book's `main`, pointed at the stand-in with API_BASE.
    let base = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-04-04"),
            &[("API_BASE", &base)],
            std::time::Duration::from_secs(30),
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test]
async fn a_body_with_other_field_names_matches_no_mock() {
    let server = fake_api().await;
    // What `NewTodo` would send without `rename_all = "camelCase"`.
    let response = reqwest::Client::new()
        .post(format!("{}/todos", server.uri()))
        .json(&json!({ "user_id": 1, "title": "Read chapter 4", "completed": false }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        404,
        "wiremock answers 404 when no mock matches"
    );
}
