//! Arbitrary bytes as a dataset file: loading must end in a dataset or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(error) = zonedash::model::load_bytes("fuzz.json", data.to_vec()) {
        // Formatting the error is part of the path a user hits.
        let _ = error.to_string();
    }
});
