//! Files a person saves from the app: the work history as a page of its own (styles inside, no
//! script) that opens in any browser without the app or a network, and `data:` download
//! addresses.

use crate::ui::Tr;
use chrono::{Datelike, NaiveDate};
use keikka_core::Minutes;

/// `text` as a `data:` address a link can download: every byte outside the unreserved set
/// percent-encoded.
pub fn data_address(media_type: &str, text: &str) -> String {
    let mut out = format!("data:{media_type};charset=utf-8,");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `text` safe inside HTML text and attribute values: what people typed stays text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// One approved task in the work history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoneTask {
    pub worked_on: NaiveDate,
    pub title: String,
    pub place: String,
    pub minutes: Minutes,
    /// Who employed the person for it (*työnantaja*), as the approval fixed it.
    pub employer: String,
    /// The commissioner's words on the work, if any.
    pub feedback: Option<String>,
}

/// The work history as a whole HTML page in `tr`'s language: whose, the tasks newest first with
/// date, place, hours, employer and feedback, the total, when it was saved, and that the
/// employment certificate comes from the employer. No script, no outside file: it opens and
/// prints the same anywhere.
pub fn work_history_page(
    tr: &Tr,
    whose: Option<&str>,
    done: &[DoneTask],
    saved_on: NaiveDate,
) -> String {
    let total = Minutes(done.iter().map(|d| d.minutes.0).sum());
    let mut rows = String::new();
    for task in done {
        rows.push_str(&format!(
            "<tr><td data-label=\"{date_label}\">{date}</td><td data-label=\"{task_label}\"><strong>{title}</strong><br>{place}<br>{employer}{feedback}</td><td data-label=\"{hours_label}\">{hours}</td></tr>\n",
            date_label = escape(&tr.t("history-date")),
            task_label = escape(&tr.t("history-task")),
            hours_label = escape(&tr.t("history-hours")),
            date = escape(&tr.date_with_year(task.worked_on)),
            title = escape(&task.title),
            place = escape(&task.place),
            employer = escape(&tr.ta(
                "history-employer",
                &[("name", task.employer.clone().into())]
            )),
            feedback = task.feedback.as_ref().map_or_else(String::new, |text| format!(
                "<br><em>{}</em>",
                escape(&tr.ta("history-feedback", &[("text", text.clone().into())]))
            )),
            hours = escape(&tr.duration(task.minutes)),
        ));
    }
    format!(
        r#"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; max-width: 48em; margin: 1.5em auto; padding: 0 1em; overflow-wrap: break-word; hyphens: auto; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #767676; padding: 0.5em; text-align: left; vertical-align: top; }}
th {{ background: #f2f5f8; }}
.note {{ color: #4a4a4a; }}
/* On a phone, or zoomed: each task a block of its own, each value under its name. */
@media (max-width: 30em) {{
  thead {{ position: absolute; left: -9999px; }}
  table, tbody, tr, td {{ display: block; }}
  tr {{ border-bottom: 1px solid #767676; padding: 0.5em 0; }}
  td {{ border: 0; padding: 0.2em 0; }}
  td::before {{ content: attr(data-label) ": "; font-weight: 700; }}
}}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
{whose}<p>{count}</p>
<table>
<thead><tr><th scope="col">{date}</th><th scope="col">{task}</th><th scope="col">{hours}</th></tr></thead>
<tbody>
{rows}</tbody>
</table>
<p class="note">{note}</p>
<p class="note">{saved}</p>
</main>
</body>
</html>
"#,
        lang = tr.locale.language(),
        title = escape(&tr.t("history-title")),
        whose = whose.map_or_else(String::new, |w| format!("<p>{}</p>\n", escape(w))),
        count = escape(&tr.ta(
            "history-total",
            &[
                ("count", done.len().into()),
                ("time", tr.duration(total).into())
            ]
        )),
        date = escape(&tr.t("history-date")),
        task = escape(&tr.t("history-task")),
        hours = escape(&tr.t("history-hours")),
        note = escape(&tr.t("history-file-note")),
        saved = escape(
            &tr.ta(
                "history-file-saved",
                // The day alone, as numbers: no weekday to decline in either language.
                &[(
                    "date",
                    format!(
                        "{}.{}.{}",
                        saved_on.day(),
                        saved_on.month(),
                        saved_on.year()
                    )
                    .into()
                )]
            )
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Locale;
    use crate::ui::Texts;
    use std::rc::Rc;

    fn done() -> Vec<DoneTask> {
        vec![DoneTask {
            worked_on: "2026-03-20".parse().unwrap(),
            title: "Imurointi <b>salissa</b> & \"muuta\"".into(),
            place: "Kallion seurakuntatalo".into(),
            minutes: Minutes(150),
            employer: "Väylä ry".into(),
            feedback: Some("Siisti työ.".into()),
        }]
    }

    #[test]
    fn the_saved_page_has_every_task_with_its_words_escaped_and_no_script_in_every_set() {
        for locale in Locale::ALL {
            let tr = Tr::new(Rc::new(Texts::load()), locale);
            let page = work_history_page(
                &tr,
                Some("Aino, Työkeskus Kallio"),
                &done(),
                "2026-03-23".parse().unwrap(),
            );
            assert!(page.starts_with("<!doctype html>"));
            assert!(page.contains(&format!(r#"<html lang="{}">"#, locale.language())));
            assert!(page.contains("Imurointi &lt;b&gt;salissa&lt;/b&gt; &amp; &quot;muuta&quot;"));
            assert!(!page.contains("<b>salissa"), "typed words stay text");
            assert!(page.contains("Kallion seurakuntatalo"));
            assert!(page.contains("Väylä ry"));
            assert!(page.contains("Siisti työ."));
            assert!(page.contains(&escape(&tr.duration(Minutes(150)))));
            assert!(page.contains(&escape(&tr.t("history-file-note"))));
            assert!(page.contains("Aino, Työkeskus Kallio"));
            assert!(
                !page.to_lowercase().contains("<script"),
                "no script: {page}"
            );
            assert!(!page.contains("http"), "nothing from a network: {page}");
            assert!(page.contains("<main>"), "one main landmark: {page}");
            assert!(page.contains("23.3.2026"), "the day it was saved: {page}");
        }
    }

    #[test]
    fn a_download_address_percent_encodes_every_byte_outside_the_unreserved_set() {
        let address = data_address("text/csv", "\u{feff}a;b\r\nÄ,1");
        assert_eq!(
            address,
            "data:text/csv;charset=utf-8,%EF%BB%BFa%3Bb%0D%0A%C3%84%2C1"
        );
    }

    #[test]
    fn a_download_address_carries_the_text_byte_for_byte() {
        let text = "a;b\r\n\u{feff}ä€ %#&?=+";
        let address = data_address("text/html", text);
        let encoded = address
            .strip_prefix("data:text/html;charset=utf-8,")
            .unwrap();
        let mut bytes = Vec::new();
        let mut rest = encoded.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            if b == b'%' {
                let hex = std::str::from_utf8(&tail[..2]).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
                rest = &tail[2..];
            } else {
                bytes.push(b);
                rest = tail;
            }
        }
        assert_eq!(String::from_utf8(bytes).unwrap(), text);
    }
}
