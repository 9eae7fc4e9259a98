//! The display language and how it is chosen from the locale.

use clap::ValueEnum;

/// The mark before a Chinese label shown on the English screen because the dataset gives no
/// English for it.
pub const UNTRANSLATED: &str = "[zh] ";

/// `n` and the English noun, singular for one (`1 figure`, `2 figures`).
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Words said once for each reader: a message written in Chinese and in English, so whichever
/// language is chosen, nothing is shown half translated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The words for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }

    /// True when either language's words contain `part`.
    pub fn contains(&self, part: &str) -> bool {
        self.zh.contains(part) || self.en.contains(part)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// Words of the program's own, fixed at build time, in both languages: zh always first, so no
/// table or function takes them one way round here and the other way there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Words {
    /// The words `zh` and `en`, in that order.
    pub const fn new(zh: &'static str, en: &'static str) -> Words {
        Words { zh, en }
    }

    /// The words for `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.choose(self.zh, self.en)
    }
}

impl From<Words> for Text {
    fn from(words: Words) -> Text {
        Text::new(words.zh, words.en)
    }
}

/// The language labels, units and periods are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Lang {
    Zh,
    #[default]
    En,
}

impl Lang {
    /// The language the locale asks for: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`;
    /// `zh*` gives Chinese, anything else English.
    pub fn from_env() -> Lang {
        Lang::from_locale(
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .into_iter()
                .map(|name| std::env::var(name).ok()),
        )
    }

    /// [`Lang::from_env`] on given values, in that order of precedence.
    pub fn from_locale(values: impl IntoIterator<Item = Option<String>>) -> Lang {
        let chosen = values.into_iter().flatten().find(|value| !value.is_empty());
        match chosen {
            Some(value) if value.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
            _ => Lang::En,
        }
    }

    /// The other language.
    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The one of two values that belongs to this language (no fallback: both are given).
    pub fn choose<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Picks the text for this language; English that a dataset leaves out falls back to the
    /// Chinese (see [`Lang::label`] for the marked form).
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::En if !en.is_empty() => en,
            _ => zh,
        }
    }

    /// Like [`Lang::pick`], but Chinese shown for missing English carries [`UNTRANSLATED`] so
    /// the English screen never passes it off as a translation.
    pub fn label<'a>(self, zh: &'a str, en: &'a str) -> std::borrow::Cow<'a, str> {
        match self {
            Lang::En if en.is_empty() => format!("{UNTRANSLATED}{zh}").into(),
            _ => self.pick(zh, en).into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(values: &[Option<&str>]) -> Lang {
        Lang::from_locale(values.iter().map(|v| v.map(str::to_owned)))
    }

    #[test]
    fn missing_english_shows_the_chinese_marked() {
        assert_eq!(Lang::En.pick("增速", ""), "增速");
        assert_eq!(Lang::En.label("增速", ""), "[zh] 增速");
        assert_eq!(Lang::En.label("增速", "growth"), "growth");
        assert_eq!(Lang::Zh.label("增速", ""), "增速");
    }

    #[test]
    fn words_are_zh_then_en_wherever_they_are_written() {
        const MOVE: Words = Words::new("移动", "move");
        assert_eq!(MOVE.get(Lang::Zh), "移动");
        assert_eq!(MOVE.get(Lang::En), "move");
        assert_eq!(Text::from(MOVE), Text::new("移动", "move"));
    }

    #[test]
    fn first_set_variable_decides() {
        assert_eq!(
            locale(&[Some("zh_CN.UTF-8"), None, Some("en_US")]),
            Lang::Zh
        );
        assert_eq!(locale(&[Some(""), Some("en_GB"), Some("zh_CN")]), Lang::En);
        assert_eq!(locale(&[None, None, Some("zh_TW.UTF-8")]), Lang::Zh);
        assert_eq!(locale(&[None, None, Some("C")]), Lang::En);
        assert_eq!(locale(&[None, None, None]), Lang::En);
    }
}
