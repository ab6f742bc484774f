//! "My coming months" (*Tulevat kuukaudet* / *Kommande månader*): this month and the next two by
//! payment date, with "what if" ticks on open tasks, each month's curve of what is kept with its
//! limits drawn, and a weekly task's warnings ahead; the supervisor sees the same with consent.

use super::money::month_keep;
use super::tasks::{Warnings, benefit_name, change_sentence, later_sentence, name_id};
use super::{Back, Screen, ScreenTitle, StorageProblem, Tr, Ui};
use crate::money::{Keep, MoneyInputs};
use crate::plan::{
    AheadKind, AheadWarning, ComingMonths, KeepCurve, LimitKind, PlanMonth, ahead_warnings,
    coming_months, keep_curve, same_weekly_work, weekly_series,
};
use chrono::Datelike;
use dioxus::prelude::*;
use keikka_core::benefit::{EarningInput, Month, RuleSet, Warning};
use keikka_core::{Cents, PersonId, Task, TaskId, Timestamp};

/// The participant's own plan.
#[component]
pub fn MyComingMonths() -> Element {
    rsx! { PlanView { person: None } }
}

/// A participant's plan on their supervisor's device (only with their consent to share their
/// benefit details; without it only the pay is shown).
#[component]
pub fn PersonComingMonths(id: PersonId) -> Element {
    rsx! { PlanView { person: Some(id) } }
}

/// What the plan is built from, read once per render.
struct PlanData {
    inputs: MoneyInputs,
    /// Open tasks the person could take, not held already.
    open: Vec<Task>,
    name: Option<String>,
}

fn read_data(ui: &Ui, person: Option<PersonId>, now: Timestamp) -> Option<PlanData> {
    let today = ui.local(now).date_naive();
    match person {
        None => {
            let inputs = ui.read(|s| MoneyInputs::read(s, today)).ok()?;
            let open = ui.read(|s| s.open_tasks(now)).ok()?;
            Some(PlanData {
                inputs,
                open: open.into_iter().map(|t| t.item).collect(),
                name: None,
            })
        }
        Some(id) => {
            let inputs = ui
                .read(|s| MoneyInputs::of_participant(s, id, today))
                .ok()?;
            let person = ui
                .read(|s| s.unit_people())
                .ok()?
                .into_iter()
                .find(|p| p.id == id)?;
            let held: Vec<TaskId> = inputs.counted.iter().map(|c| c.task).collect();
            let open = ui
                .read(|s| s.unit_tasks())
                .ok()?
                .into_iter()
                .map(|t| t.item)
                .filter(|t| {
                    !t.is_full()
                        && t.still_doable_from(now)
                        && t.visible_to_groups(&person.groups)
                        && !held.contains(&t.id)
                })
                .collect();
            Some(PlanData {
                inputs,
                open,
                name: Some(person.name),
            })
        }
    }
}

#[component]
fn PlanView(person: Option<PersonId>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let staff = person.is_some();
    // The ticks stay on the device, so a plan left (or the app closed) and opened again shows
    // what was tried.
    let ticked = use_signal(|| ui.read(|s| s.plan_ticks(person)).unwrap_or_default());
    // The figures are said again only after a tick here, not for ticks kept from before.
    let touched = use_signal(|| false);
    let Some(data) = read_data(&ui, person, now) else {
        return rsx! { StorageProblem {} };
    };
    let rules = ui.device().rules();
    let first = Month::of(ui.local(now).date_naive());
    let ticks = ticked.read().clone();
    // Everything the screen computes, as one User Timing measure (issue 18's target: a plan of
    // 50 tasks with its curves in under 100 ms, the CPU slowed 4×: BENCHMARKS.md).
    let Some(Computed {
        plan,
        curves,
        series,
        ahead,
        clashes,
    }) = crate::platform::measured("keikka-plan", || compute(&rules, &data, &ticks, first))
    else {
        return rsx! {
            section { class: "money",
                Back { to: back_to(person) }
                ScreenTitle { text: tr.t("plan-title") }
                p { {tr.t("money-cannot-say")} }
            }
        };
    };
    let has_profile = data.inputs.profile.is_some();
    let easy = tr.easy();
    let intro = match (&data.name, has_profile) {
        (Some(name), true) => tr.ta("plan-intro-staff", &[("name", name.clone().into())]),
        (Some(name), false) => tr.ta(
            "plan-intro-staff-pay-only",
            &[("name", name.clone().into())],
        ),
        (None, _) => tr.t("plan-intro"),
    };
    // What may make every month's figures uncertain is said once, under the months.
    let mut doubts: Vec<Warning> = Vec::new();
    for w in plan
        .months
        .iter()
        .filter_map(|m| m.impact.as_ref())
        .flat_map(|i| &i.warnings)
        .filter(|w| !about_the_month(w))
    {
        if !doubts.contains(w) {
            doubts.push(w.clone());
        }
    }
    let status = touched().then(|| tried_summary(&tr, &plan, easy, has_profile));
    rsx! {
        section { class: "money plan",
            Back { to: back_to(person) }
            ScreenTitle { text: tr.t("plan-title") }
            p { {intro} }
            if !has_profile {
                // The supervisor's intro already says why only the pay is shown.
                if !staff {
                    p { "data-test": "plan-no-profile", {tr.t("money-no-profile")} }
                    button { class: "secondary", "data-test": "fill-profile",
                        onclick: move |_| ui.go(Screen::Profile),
                        {tr.t("money-fill-profile")}
                    }
                }
            }
            // After a tick the new figures are said, without moving the person from the box.
            p { class: "visually-hidden", role: "status", "data-test": "plan-status",
                if let Some(status) = status { "{status}" }
            }
            if easy && has_profile && !staff {
                EasyMonths { plan: plan.clone(), curves: curves.clone() }
            } else {
                for (m, curve) in plan.months.iter().cloned().zip(curves.iter().cloned()) {
                    PlanMonthCard { key: "{m.month}", month: m, curve, staff }
                }
            }
            if !doubts.is_empty() {
                section { class: "plan-doubts", "data-test": "plan-doubts",
                    if staff {
                        p { class: "fine-print", {tr.t("money-warnings-to-participant")} }
                    }
                    Warnings { warnings: doubts }
                }
            }
            if !plan.after.is_empty() {
                section { class: "month-card", "data-test": "plan-after",
                    h2 { {tr.t("plan-after-title")} }
                    ul { class: "changes",
                        for (i, later) in plan.after.iter().enumerate() {
                            li { key: "{i}", {later_sentence(&tr, later)} }
                        }
                    }
                }
            }
            TryTasks { series, ahead, clashes, ticked, touched, person, has_profile }
            p { class: "fine-print", "data-test": "money-estimate", {tr.t("money-estimate")} }
        }
    }
}

/// Where the plan's Back button goes: the money screen, or the person's page.
fn back_to(person: Option<PersonId>) -> Screen {
    match person {
        Some(id) => Screen::Person(id),
        None => Screen::Money,
    }
}

/// Whether a warning is about its own month (and so said in it), not a doubt about every
/// month's figures (an unverified or unpublished figure, a missing tax percentage), which the
/// plan says once.
fn about_the_month(warning: &Warning) -> bool {
    matches!(
        warning,
        Warning::SameDayWorkActivityPay { .. }
            | Warning::RehabilitativeActivityDay { .. }
            | Warning::WorkingTimeLimitExceeded { .. }
            | Warning::PensionEarningsLimitExceeded { .. }
            | Warning::PensionEarningsLimitNear { .. }
            | Warning::PensionTurnsPartial { .. }
            | Warning::HousingAllowanceRevision { .. }
    )
}

/// What a screen reader hears after a tick: each month's keep in a few words (its pay where
/// the benefits are not known).
fn tried_summary(tr: &Tr, plan: &ComingMonths, easy: bool, has_profile: bool) -> String {
    let months: Vec<String> = plan
        .months
        .iter()
        .map(|m| {
            if !has_profile {
                tr.ta(
                    "plan-status-pay",
                    &[
                        ("month", tr.month(m.month).into()),
                        ("pay", tr.money(m.held + m.what_if).into()),
                    ],
                )
            } else if easy {
                easy_sentence(tr, m)
            } else {
                let keep = match m.keep() {
                    Some(Keep::AfterTax(c) | Keep::BeforeTax(c)) => tr.money(c),
                    Some(Keep::Unknown) | None => tr.t("plan-status-unknown"),
                };
                tr.ta(
                    "plan-status-month",
                    &[("month", tr.month(m.month).into()), ("keep", keep.into())],
                )
            }
        })
        .collect();
    tr.ta("plan-status", &[("months", months.join(" ").into())])
}

/// What the screen shows, computed from the store's data and the ticks.
struct Computed {
    plan: ComingMonths,
    curves: Vec<Option<KeepCurve>>,
    /// Open tasks, a weekly task as one group.
    series: Vec<Vec<Task>>,
    /// Each group's warnings ahead.
    ahead: Vec<Vec<AheadWarning>>,
    /// Each group's first task that clashes with held work, and the held task.
    clashes: Vec<Option<Task>>,
}

fn compute(rules: &RuleSet, data: &PlanData, ticks: &[TaskId], first: Month) -> Option<Computed> {
    let chosen: Vec<&Task> = data.open.iter().filter(|t| ticks.contains(&t.id)).collect();
    let plan = coming_months(rules, &data.inputs, &chosen, first).ok()?;
    let earnings: Vec<EarningInput> = data
        .inputs
        .counted
        .iter()
        .map(|c| c.earning.clone())
        .chain(
            chosen
                .iter()
                .map(|t| crate::money::expected_earning(t, data.inputs.calendar.as_ref())),
        )
        .collect();
    let curves = plan
        .months
        .iter()
        .map(|m| {
            data.inputs
                .profile
                .as_ref()
                .and_then(|p| keep_curve(rules, p, &earnings, m.month).ok().flatten())
        })
        .collect();
    let open: Vec<&Task> = data.open.iter().collect();
    let series: Vec<Vec<Task>> = weekly_series(&open)
        .into_iter()
        .map(|g| g.into_iter().cloned().collect())
        .collect();
    let ahead = series
        .iter()
        .map(|group| {
            let also: Vec<&Task> = chosen
                .iter()
                .copied()
                .filter(|t| !group.iter().any(|g| g.id == t.id))
                .collect();
            ahead(rules, &data.inputs, group, &also)
        })
        .collect();
    let clashes = series
        .iter()
        .map(|group| {
            group
                .iter()
                .find_map(|t| data.inputs.held.iter().find(|h| h.clashes_with(t)).cloned())
        })
        .collect();
    Some(Computed {
        plan,
        curves,
        series,
        ahead,
        clashes,
    })
}

/// One month of the plan: its pay, each benefit's change, what is kept before and after tax,
/// its warnings, and its curve.
#[component]
fn PlanMonthCard(month: PlanMonth, curve: Option<KeepCurve>, staff: bool) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let id = format!("plan-{}", month.month);
    // Green only for money kept: nothing, or less, is said in the problem colour.
    let keep_class = match month.keep() {
        Some(Keep::AfterTax(c) | Keep::BeforeTax(c)) if c < Cents::ZERO => "keep loss",
        Some(Keep::AfterTax(c) | Keep::BeforeTax(c)) if c == Cents::ZERO => "keep zero",
        _ => "keep",
    };
    rsx! {
        section { class: "month-card", "aria-labelledby": "{id}", "data-test": "plan-month",
            h2 { id: "{id}", {tr.month(month.month)} }
            dl { class: "facts",
                dt { {tr.t("plan-held")} }
                dd { "data-test": "plan-held", {tr.money(month.held)} }
                if month.what_if > Cents::ZERO {
                    dt { {tr.t("plan-what-if")} }
                    dd { "data-test": "plan-what-if", {tr.money(month.what_if)} }
                }
                // After tax where the percentage is known, and then only after tax: a figure
                // before tax beside it says more is left than is (social assistance, cut by
                // net pay, leaves nothing of it).
                match month.keep() {
                    Some(Keep::AfterTax(after)) => rsx! {
                        dt { {tr.t("plan-keep-after-tax")} }
                        dd { "data-test": "plan-keep-after-tax", {tr.money(after)} }
                    },
                    Some(Keep::BeforeTax(before)) => rsx! {
                        dt { {tr.t("plan-keep-before-tax")} }
                        dd { "data-test": "plan-keep-before-tax", {tr.money(before)} }
                    },
                    Some(Keep::Unknown) | None => rsx! {},
                }
            }
            if let Some(impact) = month.impact.clone() {
                ul { class: "changes",
                    for b in impact.benefits.iter() {
                        li { key: "{b.kind:?}", {change_sentence(&tr, b.name, b.change, true)} }
                    }
                }
                p { class: "{keep_class}", "data-test": "plan-keep", {month_keep(&tr, &impact, staff)} }
                if staff && impact.warnings.iter().any(about_the_month) {
                    p { class: "fine-print", {tr.t("money-warnings-to-participant")} }
                }
                Warnings { warnings: impact.warnings.iter().filter(|w| about_the_month(w)).cloned().collect::<Vec<_>>() }
            }
            if let Some(curve) = curve {
                KeepChart { curve }
            }
        }
    }
}

/// Easy-read: one plain sentence per month, the pictures behind one button.
#[component]
fn EasyMonths(plan: ComingMonths, curves: Vec<Option<KeepCurve>>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut show = use_signal(|| false);
    rsx! {
        ul { class: "plan-sentences", "data-test": "plan-sentences",
            for m in plan.months.iter() {
                li { key: "{m.month}", class: "month-card", "data-test": "plan-sentence",
                    p { {easy_sentence(&tr, m)} }
                    if let Some(impact) = &m.impact {
                        Warnings { warnings: impact.warnings.iter().filter(|w| about_the_month(w)).cloned().collect::<Vec<_>>() }
                    }
                }
            }
        }
        button {
            class: "secondary",
            "data-test": "plan-show-chart",
            "aria-expanded": if show() { "true" } else { "false" },
            "aria-controls": "plan-charts",
            onclick: move |_| show.toggle(),
            {if show() { tr.t("plan-chart-hide") } else { tr.t("plan-chart-show") }}
        }
        div { id: "plan-charts", hidden: !show(),
            if show() {
                for curve in curves.into_iter().flatten() {
                    KeepChart { key: "{curve.month}", curve }
                }
            }
        }
    }
}

/// "Sinulle jää 45 euroa enemmän helmikuussa 2027." and its kin: the month's keep against no
/// work at all, honestly (a loss as a loss, unknown as unknown).
pub fn easy_sentence(tr: &Tr, month: &PlanMonth) -> String {
    let month_in = ("month-in", tr.month_in(month.month).into());
    let nothing_happens = month.held == Cents::ZERO
        && month.what_if == Cents::ZERO
        && month
            .impact
            .as_ref()
            .is_none_or(|i| i.total_change == Cents::ZERO);
    if nothing_happens {
        // Months go by payment date: work done in the month may be paid in the next.
        return tr.ta("plan-easy-no-pay", &[month_in]);
    }
    match month.keep() {
        Some(Keep::AfterTax(amount) | Keep::BeforeTax(amount)) if amount > Cents::ZERO => tr.ta(
            "plan-easy-more",
            &[month_in, ("amount", tr.money(amount).into())],
        ),
        Some(Keep::AfterTax(amount) | Keep::BeforeTax(amount)) if amount < Cents::ZERO => tr.ta(
            "plan-easy-less",
            &[month_in, ("amount", tr.money_abs(amount).into())],
        ),
        Some(Keep::AfterTax(_) | Keep::BeforeTax(_)) => tr.ta("plan-easy-same", &[month_in]),
        Some(Keep::Unknown) | None => tr.ta("plan-easy-unknown", &[month_in]),
    }
}

/// The chart's drawing area, in the SVG's own units.
const WIDTH: i64 = 320;
const HEIGHT: i64 = 180;
const LEFT: i64 = 8;
const RIGHT: i64 = 8;
const TOP: i64 = 8;
const BOTTOM: i64 = 8;

/// The letters that name the limits on the chart and in its legend (never colour alone), from
/// the text set (`plan-chart-marks`, space-separated).
fn marks(tr: &Tr) -> Vec<String> {
    tr.t("plan-chart-marks")
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// What is kept against the month's pay: an SVG with a title and a description, the limits as
/// dashed lines named by letters explained in text beside it, the person's place as a ring, and
/// every point in a table.
#[component]
fn KeepChart(curve: KeepCurve) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let mut table = use_signal(|| false);
    let id = format!("chart-{}", curve.month);
    let edge = curve
        .points
        .last()
        .map_or(Cents(1), |p| p.pay)
        .max(Cents(1));
    let lowest = curve
        .points
        .iter()
        .map(|p| p.keep)
        .min()
        .unwrap_or(Cents::ZERO)
        .min(Cents::ZERO);
    let highest = curve
        .points
        .iter()
        .map(|p| p.keep)
        .max()
        .unwrap_or(Cents::ZERO)
        .max(Cents(1));
    let x = |pay: Cents| LEFT + pay.0 * (WIDTH - LEFT - RIGHT) / edge.0;
    let y = |keep: Cents| {
        TOP + (highest.0 - keep.0) * (HEIGHT - TOP - BOTTOM) / (highest.0 - lowest.0).max(1)
    };
    let line: String = curve
        .points
        .iter()
        .map(|p| format!("{},{}", x(p.pay), y(p.keep)))
        .collect::<Vec<_>>()
        .join(" ");
    let zero = y(Cents::ZERO);
    let you = (x(curve.position.pay), y(curve.position.keep));
    let keep_id = if curve.after_tax {
        "plan-chart-keep-after-tax"
    } else {
        "plan-chart-keep-before-tax"
    };
    let title = tr.ta(
        "plan-chart-title",
        &[("month-in", tr.month_in(curve.month).into())],
    );
    let you_text = tr.ta(
        "plan-chart-you",
        &[
            ("pay", tr.money(curve.position.pay).into()),
            ("keep", tr.money(curve.position.keep).into()),
        ],
    );
    let marks = marks(&tr);
    let limits: Vec<(String, i64, String)> = curve
        .limits
        .iter()
        .zip(marks.iter().cloned())
        .map(|(limit, mark)| {
            let text = limit_text(&tr, limit.kind, limit.pay, curve.month);
            (mark, x(limit.pay), text)
        })
        .collect();
    let axes = tr.ta(
        "plan-chart-axes",
        &[
            ("max", tr.money(edge).into()),
            ("lowest", tr.money(lowest).into()),
            ("highest", tr.money(highest).into()),
        ],
    );
    // The description says what the picture shows: its axes, where the person is, and every
    // limit with what happens past it (a screen reader hears no line).
    let mut description = format!("{axes} {} {you_text}", tr.t(keep_id));
    for (mark, _, text) in &limits {
        description.push_str(&format!(" {mark}: {text}"));
    }
    let legend = limits.clone();
    let rows: Vec<(Cents, Cents, Option<String>)> = curve
        .points
        .iter()
        .map(|p| {
            let note = curve
                .limits
                .iter()
                .zip(marks.iter())
                .find(|(l, _)| l.pay == p.pay)
                .map(|(_, mark)| mark.clone())
                .or_else(|| (p.pay == curve.position.pay).then(|| tr.t("plan-chart-you-short")));
            (p.pay, p.keep, note)
        })
        .collect();
    let (label_pay, label_keep) = (tr.t("plan-table-pay"), tr.t("plan-table-keep"));
    rsx! {
        figure { class: "keep-chart", "data-test": "keep-chart",
            svg {
                "viewBox": "0 0 {WIDTH} {HEIGHT}",
                role: "img",
                "aria-labelledby": "{id}-title {id}-desc",
                class: "chart",
                title { id: "{id}-title", "{title}" }
                desc { id: "{id}-desc", "{description}" }
                // Axes: the pay along the bottom (at no keep), the keep up the left, each end
                // with its value and the zero line with its own.
                line { class: "axis", x1: "{LEFT}", y1: "{zero}", x2: "{WIDTH - RIGHT}", y2: "{zero}" }
                line { class: "axis", x1: "{LEFT}", y1: "{TOP}", x2: "{LEFT}", y2: "{HEIGHT - BOTTOM}" }
                g { class: "axis-values", "aria-hidden": "true",
                    text { x: "{LEFT + 3}", y: "{TOP + 10}", {tr.money(highest)} }
                    if lowest < Cents::ZERO {
                        text { x: "{LEFT + 3}", y: "{HEIGHT - BOTTOM - 2}", {tr.money(lowest)} }
                    }
                    text { x: "{LEFT + 3}", y: "{zero - 3}", {tr.money(Cents::ZERO)} }
                    text { x: "{WIDTH - RIGHT}", y: "{zero - 3}", "text-anchor": "end", {tr.money(edge)} }
                }
                for (mark, at, _) in limits.iter() {
                    g { key: "{mark}",
                        line { class: "limit-line", x1: "{at}", y1: "{TOP}", x2: "{at}", y2: "{HEIGHT - BOTTOM}", "stroke-dasharray": "4 3" }
                        // Under the top value's label, so the two never overlap.
                        text { class: "limit-mark", x: "{at + 3}", y: "{TOP + 26}", "{mark}" }
                    }
                }
                polyline { class: "curve", points: "{line}", fill: "none" }
                circle { class: "you", cx: "{you.0}", cy: "{you.1}", r: "6", fill: "none" }
            }
            figcaption {
                p { class: "chart-title", {title.clone()} }
                p { class: "chart-axes", {axes.clone()} }
                ul { class: "chart-legend",
                    li { span { class: "legend-you", "aria-hidden": "true" } " {you_text}" }
                    for (mark, _, text) in legend {
                        li { key: "{mark}", strong { "{mark}" } " {text}" }
                    }
                }
                p { class: "fine-print", {tr.t(keep_id)} }
            }
            button {
                class: "secondary",
                "data-test": "chart-table",
                "aria-expanded": if table() { "true" } else { "false" },
                "aria-controls": "{id}-table",
                onclick: move |_| table.toggle(),
                {if table() { tr.t("plan-table-hide") } else { tr.t("plan-table-show") }}
            }
            div { id: "{id}-table", hidden: !table(),
                if table() {
                    table { class: "history-table chart-table",
                        caption { {title.clone()} }
                        thead {
                            tr {
                                th { scope: "col", {tr.t("plan-table-pay")} }
                                th { scope: "col", {tr.t("plan-table-keep")} }
                            }
                        }
                        tbody {
                            for (pay, keep, note) in rows {
                                tr { key: "{pay.0}",
                                    td { "data-label": "{label_pay}",
                                        {tr.money(pay)}
                                        if let Some(note) = note {
                                            strong { " ({note})" }
                                        }
                                    }
                                    td { "data-label": "{label_keep}", {tr.money(keep)} }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A limit named in words with the pay where it lies and what happens past it.
pub(super) fn limit_text(tr: &Tr, kind: LimitKind, at: Cents, month: Month) -> String {
    let pay = ("pay", tr.money(at).into());
    match kind {
        LimitKind::PensionEarnings {
            pension,
            rests_from,
        } => {
            let [subject, mid] = tr.pension_args(benefit_name(pension));
            match rests_from {
                Some(from) => tr.ta(
                    "plan-limit-pension-rests",
                    &[
                        subject,
                        mid,
                        pay,
                        ("from", tr.plain_date(from.first_day()).into()),
                    ],
                ),
                None => tr.ta("plan-limit-pension", &[subject, mid, pay]),
            }
        }
        LimitKind::BenefitEnds(name) => {
            let id = name_id(name);
            tr.ta(
                "plan-limit-benefit-ends",
                &[("benefit", tr.attribute(id, "subject").into()), pay],
            )
        }
        LimitKind::HousingRevision { benefit, from } => tr.ta(
            // From the first cent: the month's pay makes the months around it lasting work.
            if at <= Cents(100) {
                "plan-limit-housing-any"
            } else {
                "plan-limit-housing"
            },
            &[
                (
                    "benefit",
                    tr.attribute(benefit_name(benefit), "subject").into(),
                ),
                pay,
                ("from", tr.plain_date(from.first_day()).into()),
                ("month-in", tr.month_in(month).into()),
            ],
        ),
        LimitKind::Falls { benefit, from } => tr.ta(
            "plan-limit-falls",
            &[
                (
                    "benefit",
                    tr.attribute(benefit_name(benefit), "subject").into(),
                ),
                pay,
                ("from", tr.plain_date(from.first_day()).into()),
            ],
        ),
    }
}

/// Open tasks to try as "what if", a weekly task as one tick for all its weeks, each with what
/// it does ahead of time.
#[component]
fn TryTasks(
    series: Vec<Vec<Task>>,
    ahead: Vec<Vec<AheadWarning>>,
    clashes: Vec<Option<Task>>,
    ticked: Signal<Vec<TaskId>>,
    touched: Signal<bool>,
    person: Option<PersonId>,
    has_profile: bool,
) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let help = if has_profile {
        "plan-try-help"
    } else {
        "plan-try-help-pay-only"
    };
    rsx! {
        section { class: "try-tasks", "aria-labelledby": "plan-try", "data-test": "plan-try",
            h2 { id: "plan-try", {tr.t("plan-try-title")} }
            if series.is_empty() {
                p { {tr.t("plan-try-none")} }
            } else {
                p { class: "help", {tr.t(help)} }
                ul { class: "try-list",
                    for ((group, warnings), clash) in series.into_iter().zip(ahead).zip(clashes) {
                        TryItem { key: "{group[0].id}", warnings, clash, group, ticked, touched, person }
                    }
                }
            }
        }
    }
}

/// A weekly task's warnings ahead (a task alone has none: its card says what it does).
fn ahead(
    rules: &RuleSet,
    inputs: &MoneyInputs,
    group: &[Task],
    also: &[&Task],
) -> Vec<AheadWarning> {
    let weekly = group.len() > 1 || inputs.held.iter().any(|h| same_weekly_work(h, &group[0]));
    if !weekly {
        return Vec::new();
    }
    let refs: Vec<&Task> = group.iter().collect();
    ahead_warnings(rules, inputs, &refs, also).unwrap_or_default()
}

#[component]
fn TryItem(
    group: Vec<Task>,
    warnings: Vec<AheadWarning>,
    clash: Option<Task>,
    ticked: Signal<Vec<TaskId>>,
    touched: Signal<bool>,
    person: Option<PersonId>,
) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let first = &group[0];
    let ids: Vec<TaskId> = group.iter().map(|t| t.id).collect();
    let on = ticked.read().contains(&first.id);
    let box_id = format!("try-{}", first.id);
    let when = if group.len() > 1 {
        let local = ui.local(first.starts_at);
        tr.ta(
            "plan-series",
            &[
                (
                    "weekday",
                    tr.t(&format!("weekday-{}", local.weekday().number_from_monday()))
                        .into(),
                ),
                ("count", group.len().into()),
                (
                    "first",
                    tr.date_on(local.date_naive(), ui.now().year()).into(),
                ),
            ],
        )
    } else {
        ui.when(&tr, first.starts_at, first.ends_at)
    };
    let pay: Cents = group.iter().map(crate::money::expected_pay).sum();
    rsx! {
        li { class: "try-item", "data-test": "try-item",
            input {
                r#type: "checkbox",
                id: "{box_id}",
                checked: on,
                onchange: move |_| {
                    touched.set(true);
                    let list = {
                        let mut list = ticked.write();
                        if list.contains(&ids[0]) {
                            list.retain(|id| !ids.contains(id));
                        } else {
                            list.extend(ids.iter().copied());
                        }
                        list.clone()
                    };
                    // A page that only reads keeps the ticks while it is open.
                    if !ui.device().read_only {
                        let _ = ui.keep(|s| s.save_plan_ticks(person, &list));
                    }
                },
            }
            label { r#for: "{box_id}",
                strong { {first.title_in(tr.locale.language()).to_owned()} }
                span { class: "try-when", " {when}" }
                span { class: "try-pay", " {tr.money(pay)}" }
            }
            if let Some(held) = clash {
                p { class: "warning", "data-test": "try-clash",
                    {clash_text(&tr, &ui, &held)}
                }
            }
            if !warnings.is_empty() {
                ul { class: "warnings", "data-test": "ahead-warnings",
                    for (i, w) in warnings.iter().enumerate() {
                        li { key: "{i}", class: "warning", {ahead_text(&tr, w)} }
                    }
                }
            }
        }
    }
}

/// "This is at the same time as Pihatyöt (Tue 7.4. 9.00–15.00), which is taken already."
pub fn clash_text(tr: &Tr, ui: &Ui, held: &Task) -> String {
    tr.ta(
        "plan-clash",
        &[
            (
                "task",
                held.title_in(tr.locale.language()).to_owned().into(),
            ),
            ("when", ui.when(tr, held.starts_at, held.ends_at).into()),
        ],
    )
}

/// "The 4th week of this weekly task (28.4.) takes the month's pay over the Kela disability
/// pension's earnings limit in April 2026."
pub fn ahead_text(tr: &Tr, warning: &AheadWarning) -> String {
    let week = ("week", warning.week.into());
    let date = ("date", tr.plain_date(warning.worked_on).into());
    match warning.kind {
        AheadKind::OverPensionLimit(pension) => {
            let [subject, mid] = tr.pension_args(benefit_name(pension));
            tr.ta(
                "plan-ahead-over-limit",
                &[
                    week,
                    date,
                    subject,
                    mid,
                    ("month-in", tr.month_in(warning.month).into()),
                ],
            )
        }
        AheadKind::PensionStops { pension, from } => {
            let [subject, mid] = tr.pension_args(benefit_name(pension));
            tr.ta(
                "plan-ahead-pension-stops",
                &[
                    week,
                    date,
                    subject,
                    mid,
                    ("from", tr.plain_date(from.first_day()).into()),
                ],
            )
        }
        AheadKind::HousingRevised { from } => tr.ta(
            "plan-ahead-housing",
            &[week, date, ("from", tr.plain_date(from.first_day()).into())],
        ),
    }
}
