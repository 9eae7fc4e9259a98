//! serde's and serde_json's messages said in Chinese too: their fixed words translated, the
//! names and values they quote kept as written.

use crate::lang::Text;

/// `en` (a serde or serde_json message) with its Chinese beside it. A message of a shape not
/// listed here keeps its English in both, so nothing is lost.
pub fn both(en: String) -> Text {
    Text::new(chinese(&en).unwrap_or_else(|| en.clone()), en)
}

fn chinese(en: &str) -> Option<String> {
    if let Some(rest) = en.strip_prefix("invalid type: ") {
        let (found, wanted) = rest.split_once(", expected ")?;
        return Some(format!("类型不对:是{},应为{}", kind(found), kind(wanted)));
    }
    if let Some(rest) = en.strip_prefix("invalid value: ") {
        let (found, wanted) = rest.split_once(", expected ")?;
        return Some(format!("取值不对:是{},应为{}", kind(found), kind(wanted)));
    }
    if let Some(rest) = en.strip_prefix("invalid length ") {
        let (found, wanted) = rest.split_once(", expected ")?;
        return Some(format!("长度不对:是 {found},应为{}", kind(wanted)));
    }
    for (prefix, what) in [("unknown variant ", "取值"), ("unknown field ", "字段")] {
        if let Some(rest) = en.strip_prefix(prefix) {
            let (name, tail) = rest.split_once(", ").unwrap_or((rest, ""));
            let (wanted, hint) = tail.split_once("; ").unwrap_or((tail, ""));
            let wanted = if let Some(list) = wanted.strip_prefix("expected one of ") {
                format!(",应为 {list} 之一")
            } else if let Some(one) = wanted.strip_prefix("expected ") {
                format!(",应为 {one}")
            } else if wanted.starts_with("there are no") {
                ",这里不能有".to_owned()
            } else {
                String::new()
            };
            let hint = if hint.is_empty() {
                String::new()
            } else {
                format!(";{}", schema_one_hint(hint))
            };
            return Some(format!("未知{what} {name}{wanted}{hint}"));
        }
    }
    if let Some(name) = en.strip_prefix("missing field ") {
        return Some(format!("缺少字段 {name}"));
    }
    if let Some(name) = en.strip_prefix("duplicate field ") {
        return Some(format!("字段 {name} 重复"));
    }
    syntax(en)
}

/// serde_json's syntax messages.
fn syntax(en: &str) -> Option<String> {
    if let Some(what) = en.strip_prefix("EOF while parsing ") {
        let what = match what {
            "a list" => "数组",
            "an object" => "对象",
            "a string" => "字符串",
            _ => "值",
        };
        return Some(format!("{what}未写完,文件就结束了"));
    }
    if let Some(token) = en.strip_prefix("expected ") {
        return Some(match token {
            "value" => "此处应有一个值".to_owned(),
            "ident" => "此处不是 JSON 能读的内容(应为 true、false 或 null)".to_owned(),
            other => format!("此处应为 {other}"),
        });
    }
    Some(
        match en {
            "trailing characters" => "数据集之后还有多余字符",
            "trailing comma" => "末尾多了逗号",
            "number out of range" => "数字超出范围",
            "invalid number" => "数字写法不对",
            "invalid escape" => "转义写法不对",
            "invalid unicode code point" => "Unicode 码位不对",
            "key must be a string" => "键必须是字符串",
            "recursion limit exceeded" => "嵌套层数超过上限",
            "lone leading surrogate in hex escape" => "十六进制转义中有孤立的代理项",
            "unexpected end of hex escape" => "十六进制转义没写完",
            "control character (\\u0000-\\u001F) found while parsing a string" => {
                "字符串中有控制字符(\\u0000-\\u001F)"
            }
            _ => return None,
        }
        .to_owned(),
    )
}

/// serde's words for a type or value (`string "8%"`, `sequence`, `f64`), in Chinese.
fn kind(en: &str) -> String {
    let (head, rest) = en.split_once(' ').unwrap_or((en, ""));
    let word = match head {
        "string" | "a" if rest == "string" => return "字符串".into(),
        "string" => "字符串",
        "sequence" => "数组",
        "map" => "对象",
        "integer" => "整数",
        "floating" => return format!("小数{}", rest.trim_start_matches("point")),
        "boolean" => "布尔值",
        "f64" | "f32" => return "数字".into(),
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" => return "整数".into(),
        "struct" => return "对象".into(),
        _ => return en.to_owned(),
    };
    if rest.is_empty() {
        word.to_owned()
    } else {
        format!("{word} {rest}")
    }
}

/// The schema-1 hint after an unknown variant, in Chinese.
fn schema_one_hint(en: &str) -> String {
    match en.split_once(" is schema 1's: schema 2 writes ") {
        Some((old, new)) => format!("{old} 是第 1 版的写法:第 2 版写作 {new}"),
        None => en.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zh(en: &str) -> String {
        both(en.to_owned()).zh
    }

    #[test]
    fn the_fixed_words_are_translated_and_the_quoted_kept() {
        assert_eq!(
            zh("invalid type: string \"8%\", expected f64"),
            "类型不对:是字符串 \"8%\",应为数字"
        );
        assert_eq!(zh("missing field `unit`"), "缺少字段 `unit`");
        assert_eq!(zh("duplicate field `id`"), "字段 `id` 重复");
        assert_eq!(
            zh("unknown variant `up`, expected one of `higher_is_better`, `neutral`"),
            "未知取值 `up`,应为 `higher_is_better`, `neutral` 之一"
        );
        assert_eq!(
            zh("invalid type: integer `7`, expected a string"),
            "类型不对:是整数 `7`,应为字符串"
        );
        assert_eq!(zh("EOF while parsing a value"), "值未写完,文件就结束了");
        assert_eq!(zh("trailing characters"), "数据集之后还有多余字符");
    }

    #[test]
    fn an_unknown_shape_keeps_its_english() {
        assert_eq!(zh("something serde says"), "something serde says");
    }
}
