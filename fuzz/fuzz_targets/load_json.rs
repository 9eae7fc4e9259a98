//! The bundled dataset edited as the input bytes say (wrong types, lost keys, hostile text,
//! extreme numbers): loading must end in a valid dataset or an error, never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mutate.rs"]
mod mutate;

fn bundled() -> &'static serde_json::Value {
    static BUNDLED: OnceLock<serde_json::Value> = OnceLock::new();
    BUNDLED.get_or_init(|| serde_json::from_str(zonedash::model::BUNDLED_JSON).unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    let mut value = bundled().clone();
    mutate::mutate(&mut value, data);
    match zonedash::model::parse("fuzz.json", &value.to_string()) {
        Ok(dataset) => assert!(zonedash::model::validate(&dataset).is_empty()),
        Err(error) => {
            let _ = error.to_string();
        }
    }
});
