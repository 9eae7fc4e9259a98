//! Reading older schema versions: what a schema-1 file said, in schema 2's terms. The rest of
//! the program knows only schema 2; schema 1's words are rewritten here, before the typed parse.

use serde_json::Value;

/// Schema 1's name for 剔除疫苗因素, which schema 2 writes as a general exclusion.
pub(super) const SCHEMA_ONE_VACCINES: &str = "excluding_vaccines";

/// What a schema-2 reader is told of schema 1's name, after serde's own message.
pub(super) const SCHEMA_ONE_HINT: &str = "; \"excluding_vaccines\" is schema 1's: schema 2 writes {\"excluding\": {\"zh\": \"疫苗因素\"}}";

/// True when `text` may hold schema 1's words (a cheap look before a copy is made).
pub(super) fn may_be_schema_one(text: &str) -> bool {
    text.contains(SCHEMA_ONE_VACCINES)
}

/// Rewrites a schema-1 dataset's words in place so that it parses as schema 2; a file of any
/// other version is left as written (and schema 1's words in it are reported).
pub(super) fn rewrite(value: &mut Value) {
    if value.get("schema_version").and_then(Value::as_u64) != Some(1) {
        return;
    }
    let Some(Value::Array(metrics)) = value.get_mut("metrics") else {
        return;
    };
    for metric in metrics {
        let Some(Value::Array(qualifiers)) = metric.get_mut("qualifiers") else {
            continue;
        };
        for q in qualifiers {
            if q.as_str() == Some(SCHEMA_ONE_VACCINES) {
                *q = serde_json::json!({"excluding": {"zh": "疫苗因素", "en": "vaccines"}});
            }
        }
    }
}

/// Rewrites schema 1's words in `text` and parses the result; `None` when it is no schema-1
/// dataset that then parses.
pub(super) fn parse_schema_one(text: &str) -> Option<super::types::Dataset> {
    let mut value: Value = serde_json::from_str(text).ok()?;
    if value.get("schema_version").and_then(Value::as_u64) != Some(1) {
        return None;
    }
    rewrite(&mut value);
    serde_json::from_value(value).ok()
}
