//! The committed JSON Schema is what `zonedash schema` prints.
#![allow(clippy::unwrap_used, clippy::expect_used)]

const COMMITTED: &str = "assets/schema/dataset.schema.json";

#[test]
fn committed_schema_matches_the_types() {
    let generated = zonedash::model::schema_json() + "\n";
    if std::env::var_os("ZONEDASH_BLESS").is_some() && std::env::var_os("CI").is_none() {
        std::fs::write(COMMITTED, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed == generated,
        "{COMMITTED} is stale: run `zonedash schema > {COMMITTED}`"
    );
}

#[test]
fn schema_command_prints_the_schema() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_zonedash"))
        .arg("schema")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        zonedash::model::schema_json() + "\n"
    );
}
