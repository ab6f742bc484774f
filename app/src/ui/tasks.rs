//! Open tasks as big cards with what each one leaves in the pocket, and one task in full with
//! the money sentence, "Why?" and the one big "I'll take this task" button.

use super::icons::{Icon, IconSvg};
use super::{Back, Screen, ScreenTitle, StorageProblem, SyncBadge, Tr, Ui};
use crate::money::{Keep, MoneyInputs, TaskAnswer, TaskEffect, TaskImpact};
use crate::store::Synced;
use crate::text::FluentValue;
use chrono::{Datelike, NaiveDate};
use dioxus::prelude::*;
use keikka_core::benefit::{
    BenefitImpact, BenefitKind, BenefitName, LaterEffect, Month, ResultStatus, Source, Warning,
};
use keikka_core::protocol::Op;
use keikka_core::{Cents, ClaimId, ContractType, Minutes, Pay, Task, TaskId};

/// How many cards easy-read shows before "Show more".
const EASY_PAGE: usize = 3;

/// When a task is, for grouping the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Today,
    ThisWeek,
    Later,
}

/// Groups by the local day a task starts on; one still going on counts as today's.
fn when(day: NaiveDate, today: NaiveDate) -> When {
    let days_to_sunday = 7 - i64::from(today.weekday().number_from_monday());
    if day <= today {
        When::Today
    } else if day <= today + chrono::Duration::days(days_to_sunday) {
        When::ThisWeek
    } else {
        When::Later
    }
}

/// A task on the list with its badge.
type Card = (Synced<Task>, Option<TaskEffect>);

#[component]
pub fn TaskList() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let today = ui.local(now).date_naive();
    let mut shown = use_signal(|| EASY_PAGE);
    let Ok(tasks) = ui.read(|s| s.open_tasks(now)) else {
        return rsx! { StorageProblem {} };
    };
    let total = tasks.len();
    let limit = if tr.easy() { shown() } else { usize::MAX };
    let device = ui.device();
    let shown_tasks: Vec<Synced<Task>> = tasks.into_iter().take(limit).collect();
    // Every card's "you keep" badge in one pass (the person's month read once), measured:
    // issue 7's target is 200 cards in under 5 ms in the web build (BENCHMARKS.md).
    let effects: Vec<Option<TaskEffect>> = crate::platform::measured("keikka-badges", || {
        let tasks: Vec<&Task> = shown_tasks.iter().map(|t| &t.item).collect();
        match ui.read(|s| MoneyInputs::read(s, today)) {
            Ok(inputs) => inputs.badges(&device.rules(), &tasks),
            Err(_) => vec![None; tasks.len()],
        }
    });
    let has_profile = ui.read(|s| s.benefit_profile()).ok().flatten().is_some();
    let mut groups: Vec<(When, Vec<Card>)> = Vec::new();
    for (task, effect) in shown_tasks.into_iter().zip(effects) {
        let w = when(ui.local(task.item.starts_at).date_naive(), today);
        match groups.last_mut() {
            Some((g, list)) if *g == w => list.push((task, effect)),
            _ => groups.push((w, vec![(task, effect)])),
        }
    }
    rsx! {
        section { class: "tasks",
            ScreenTitle { text: tr.t("tasks-title") }
            TodayFirst {}
            if total == 0 {
                p { class: "empty", "data-test": "no-tasks", {tr.t("tasks-none")} }
            }
            // Without a benefit profile no card can say what the person keeps: say how to see it.
            if total > 0 && !has_profile {
                div { class: "nudge", "data-test": "profile-nudge",
                    p { {tr.t("tasks-profile-nudge")} }
                    button { class: "secondary", "data-test": "nudge-fill-profile",
                        onclick: move |_| ui.go(Screen::Profile),
                        {tr.t("money-fill-profile")}
                    }
                }
            }
            for (w, list) in groups {
                h2 { key: "{w:?}", class: "group-title",
                    {tr.t(match w { When::Today => "tasks-today", When::ThisWeek => "tasks-this-week", When::Later => "tasks-later" })}
                }
                ul { class: "cards",
                    for (task, effect) in list {
                        TaskCard { key: "{task.item.id}", task: task.item, effect }
                    }
                }
            }
            if limit < total {
                button {
                    class: "secondary more",
                    "data-test": "show-more",
                    onclick: move |_| shown += EASY_PAGE,
                    {tr.ta("tasks-show-more", &[("count", (total - limit).into())])}
                }
            }
        }
    }
}

/// One open task as a big card. The title is the button (its whole name for a screen reader);
/// the card around it is clickable too, for a thumb that misses.
#[component]
fn TaskCard(task: Task, effect: Option<TaskEffect>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let id = task.id;
    let seats_left = task.seats.saturating_sub(task.seats_taken);
    rsx! {
        li { class: "card",
            h3 { class: "card-title",
                button {
                    class: "card-open",
                    "data-test": "task-card",
                    "data-task": "{id}",
                    onclick: move |_| ui.go(Screen::Task(id)),
                    {task.title_in(tr.locale.language())}
                }
            }
            p { class: "card-when", {ui.when(&tr, task.starts_at, task.ends_at)} }
            p { class: "card-place", "{task.place}" }
            p { class: "card-pay",
                // A fixed fee is what is paid, not "about" it; hourly pay is an estimate.
                {tr.ta(
                    if matches!(task.pay, Pay::Fixed(_)) { "task-pay-line-fixed" } else { "task-pay-line" },
                    &[("pay", tr.money(crate::money::expected_pay(&task)).into())],
                )}
            }
            // Every card says how many seats are left, one included, so no card looks different.
            p { class: "card-seats", {tr.ta("task-seats-left", &[("count", seats_left.into())])} }
            if let Some(effect) = effect {
                KeepBadge { effect }
            }
        }
    }
}

/// "You keep about 10 €" on a card: honest about doubt, about nothing, and about a loss.
#[component]
fn KeepBadge(effect: TaskEffect) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    match effect.answer {
        TaskAnswer::NoProfile => rsx! {},
        TaskAnswer::Known(known) => {
            // Later months count too: a task that stops a pension is a loss, whatever it pays.
            let overall = known.overall().amount();
            let keep = known.keep_now();
            let (class, text) = match (overall, keep) {
                (Some(total), _) if total < Cents::ZERO => (
                    "badge loss",
                    tr.ta("badge-keep-loss", &[("amount", tr.money_abs(total).into())]),
                ),
                (None, _) | (_, Keep::Unknown) => ("badge zero", tr.t("badge-keep-unknown")),
                (_, keep) if keep.amount() == Some(Cents::ZERO) => {
                    ("badge zero", tr.t("badge-keep-nothing"))
                }
                (_, Keep::AfterTax(c)) => (
                    "badge",
                    tr.ta("badge-keep", &[("amount", tr.money(c).into())]),
                ),
                (_, Keep::BeforeTax(c)) => (
                    "badge",
                    tr.ta("badge-keep-before-tax", &[("amount", tr.money(c).into())]),
                ),
            };
            let loss = overall.is_some_and(|c| c < Cents::ZERO);
            // Any doubt, warning or later change is behind the card: it says "check".
            let doubt = known.status != ResultStatus::Verified
                || !known.all_warnings().is_empty()
                || known.later_change != Cents::ZERO;
            rsx! {
                p { class: "{class}", "data-test": "keep-badge",
                    if loss {
                        IconSvg { icon: Icon::Warning }
                    }
                    "{text}"
                    if doubt {
                        span { class: "doubt", " " {tr.t("badge-check")} }
                    }
                }
            }
        }
    }
}

/// Today first: a task the person holds today, before anything else on the home screen, with
/// what they need on the day (where, when, who meets them, the first step) and the one button
/// for "I started" (or, once started, "Done").
#[component]
fn TodayFirst() -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let today = ui.local(now).date_naive();
    let claims = ui.read(|s| s.my_claims()).unwrap_or_default();
    let Some((claim, task, started)) = claims
        .into_iter()
        .filter_map(|item| {
            let started = match item.claim.state {
                keikka_core::ClaimState::Claimed => false,
                keikka_core::ClaimState::Started { .. } => true,
                _ => return None,
            };
            let task = item.task?;
            (task.status != keikka_core::TaskStatus::Cancelled
                && ui.local(task.starts_at).date_naive() == today)
                .then_some((item.claim.id, task, started))
        })
        .min_by_key(|(_, task, _)| task.starts_at)
    else {
        return rsx! {};
    };
    let first_step = task.steps_in(tr.locale.language()).first().cloned();
    let id = task.id;
    rsx! {
        section { class: "today-first", "aria-labelledby": "today-first-title", "data-test": "today-first",
            h2 { id: "today-first-title", {tr.t("today-title")} }
            p { class: "lead",
                button { class: "card-open own", "data-test": "today-open",
                    onclick: move |_| ui.go(Screen::Task(id)),
                    span { {task.title_in(tr.locale.language()).to_owned()} }
                    IconSvg { icon: Icon::Forward }
                }
            }
            dl { class: "facts",
                dt { {tr.t("task-when-label")} }
                dd { "data-test": "today-when", {ui.when(&tr, task.starts_at, task.ends_at)} }
                dt { {tr.t("task-place-label")} }
                dd { "data-test": "today-place", "{task.place}" }
                if let Some(instructor) = &task.instructor {
                    dt { {tr.t("task-instructor-label")} }
                    dd { "data-test": "today-instructor", "{instructor}" }
                }
                if let Some(step) = first_step {
                    dt { {tr.t("today-first-step")} }
                    dd { "data-test": "today-step", "{step}" }
                }
            }
            if started {
                p { {tr.t("mine-started-help")} }
                button { class: "primary", "data-test": "today-finish",
                    onclick: move |_| ui.go(Screen::Finish(claim)),
                    IconSvg { icon: Icon::Done }
                    span { {tr.t("mine-finish")} }
                }
            } else {
                super::mine::StartButton { claim, test: "today-start" }
            }
        }
    }
}

/// The warnings ahead of the weekly task `task` belongs to (its open weeks, numbered among
/// all its weeks, those taken included), or none when it is a task alone.
fn weekly_ahead(
    ui: &Ui,
    rules: &keikka_core::benefit::RuleSet,
    inputs: &MoneyInputs,
    task: &Task,
    now: keikka_core::Timestamp,
) -> Vec<crate::plan::AheadWarning> {
    let Ok(open) = ui.read(|s| s.open_tasks(now)) else {
        return Vec::new();
    };
    let open: Vec<&Task> = open.iter().map(|t| &t.item).collect();
    crate::plan::weekly_series(&open)
        .into_iter()
        .find(|group| group.iter().any(|t| t.id == task.id))
        .filter(|group| {
            group.len() > 1
                || inputs
                    .held
                    .iter()
                    .any(|h| crate::plan::same_weekly_work(h, task))
        })
        .and_then(|group| crate::plan::ahead_warnings(rules, inputs, &group, &[]).ok())
        .unwrap_or_default()
}

#[component]
pub fn TaskDetail(id: TaskId) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let mut why = use_signal(|| false);
    let Ok(found) = ui.read(|s| s.task(id)) else {
        return rsx! { StorageProblem {} };
    };
    let Some(Synced { item: task, sync }) = found else {
        return rsx! {
            Back { to: Screen::Tasks }
            p { class: "empty", {tr.t("task-gone")} }
        };
    };
    let claims = ui.read(|s| s.my_claims()).unwrap_or_default();
    let mine = claims
        .iter()
        .find(|c| c.claim.task == id && c.claim.status().holds_seat())
        .cloned();
    let device = ui.device();
    // `None`: the device cannot read its data; `Some(Err)`: the engine could not answer.
    let inputs = ui
        .read(|s| MoneyInputs::read(s, ui.local(now).date_naive()))
        .ok();
    let effect = inputs.as_ref().map(|i| i.effect_of(&device.rules(), &task));
    // A weekly task says, before it is taken, which of its weeks crosses a limit (issue 18).
    let ahead = match (&inputs, mine.is_none()) {
        (Some(inputs), true) => weekly_ahead(&ui, &device.rules(), inputs, &task, now),
        _ => Vec::new(),
    };
    let calendar = ui
        .read(|s| s.organisation())
        .ok()
        .flatten()
        .and_then(|o| o.pay_calendar);
    let month = Month::of(crate::money::expected_earning(&task, calendar.as_ref()).paid_on);
    let can_take = mine.is_none() && !task.is_full() && task.still_doable_from(now);
    // Work already taken at the same time is said before this one is taken.
    let clash = match (&inputs, mine.is_none()) {
        (Some(inputs), true) => inputs.held.iter().find(|h| h.clashes_with(&task)).cloned(),
        _ => None,
    };
    let take = move |_| {
        let claim = ClaimId::from_uuid(uuid::Uuid::new_v4());
        if ui.act(Op::ClaimTask { claim, task: id }).is_some() {
            ui.go(Screen::MyTasks);
            ui.say("task-taken", false);
        }
    };
    rsx! {
        article { class: "task-detail",
            Back { to: if mine.is_some() { Screen::MyTasks } else { Screen::Tasks } }
            ScreenTitle { text: task.title_in(tr.locale.language()).to_owned() }
            dl { class: "facts",
                dt { {tr.t("task-when-label")} }
                dd { "data-test": "task-when", {ui.when(&tr, task.starts_at, task.ends_at)} }
                dt { {tr.t("task-place-label")} }
                dd { "{task.place}" }
                dt { {tr.t("task-time-label")} }
                dd { "data-test": "task-time", {work_time(&tr, &task)} }
                dt { {tr.t("task-pay-label")} }
                dd { {pay_text(&tr, &task)} }
                dt { {tr.t("task-contract-label")} }
                dd { {tr.t(match task.contract { ContractType::Employment => "contract-employment", ContractType::Commission => "contract-commission" })} }
                if let Some(instructor) = &task.instructor {
                    dt { {tr.t("task-instructor-label")} }
                    dd { "{instructor}" }
                }
                if task.seats > 1 {
                    dt { {tr.t("task-seats-label")} }
                    dd { {tr.ta("task-seats-left", &[("count", task.seats.saturating_sub(task.seats_taken).into())])} }
                }
            }
            if !task.steps_in(tr.locale.language()).is_empty() {
                h2 { {tr.t("task-steps-title")} }
                ol { class: "steps",
                    for (i, step) in task.steps_in(tr.locale.language()).iter().enumerate() {
                        li { key: "{i}", "{step}" }
                    }
                }
            }
            section { class: "money-box", "aria-labelledby": "money-title",
                h2 { id: "money-title", {tr.ta("task-money-title", &[("month-in", tr.month_in(month).into())])} }
                match effect {
                    Some(Ok(effect)) => rsx! {
                        MoneySentence { effect: effect.clone(), pay: task.pay }
                        if !ahead.is_empty() {
                            ul { class: "warnings", "data-test": "ahead-warnings",
                                for (i, w) in ahead.iter().enumerate() {
                                    li { key: "{i}", class: "warning",
                                        IconSvg { icon: Icon::Warning }
                                        span { {super::plan::ahead_text(&tr, w)} }
                                    }
                                }
                            }
                        }
                        if let TaskAnswer::Known(known) = &effect.answer {
                            Warnings { warnings: known.all_warnings() }
                            button {
                                class: "secondary why",
                                "data-test": "why",
                                "aria-expanded": if why() { "true" } else { "false" },
                                "aria-controls": "why-panel",
                                onclick: move |_| why.toggle(),
                                IconSvg { icon: Icon::Why }
                                span { {tr.t("why-button")} }
                            }
                            // Always in the page, hidden until asked for: the engine's
                            // answer is already here, and the screen tests read it too.
                            div { id: "why-panel", hidden: !why(),
                                WhyPanel { known: (**known).clone(), gross: effect.gross }
                            }
                        }
                    },
                    _ => rsx! {
                        p { "data-test": "money-sentence", {tr.t("money-cannot-say")} }
                    },
                }
            }
            if let Some(item) = mine.clone() {
                p { class: "yours", "data-test": "task-is-yours", {tr.t("task-is-yours")} }
                SyncBadge { state: item.sync.clone() }
                button { class: "primary", onclick: move |_| ui.go(Screen::MyTasks),
                    IconSvg { icon: Icon::Mine }
                    span { {tr.t("nav-my-tasks")} }
                }
            } else if can_take {
                if let Some(held) = &clash {
                    p { class: "warning", "data-test": "task-clash",
                        IconSvg { icon: Icon::Warning }
                        span { {super::plan::clash_text(&tr, &ui, held)} }
                    }
                }
                button { class: "primary take", "data-test": "take", onclick: take,
                    IconSvg { icon: Icon::Take }
                    span { {tr.t("task-take")} }
                }
            } else {
                p { class: "empty", {tr.t("task-not-available")} }
            }
            // A task only shows where it is when the person changed it on this phone.
            if mine.is_none() && sync != crate::store::SyncState::OnServer {
                SyncBadge { state: sync }
            }
        }
    }
}

fn pay_text(tr: &Tr, task: &Task) -> String {
    match task.pay {
        keikka_core::Pay::Hourly(rate) => tr.ta(
            "task-pay-hourly",
            &[
                ("rate", tr.money(rate).into()),
                ("pay", tr.money(crate::money::expected_pay(task)).into()),
            ],
        ),
        keikka_core::Pay::Fixed(amount) => {
            tr.ta("task-pay-fixed", &[("pay", tr.money(amount).into())])
        }
    }
}

/// The fluent id naming a kind of benefit where no month is at hand (a pension in a warning).
pub fn benefit_name(kind: BenefitKind) -> &'static str {
    match kind {
        BenefitKind::UnemploymentBasic => "benefit-general-support",
        BenefitKind::KelaDisabilityPension => "benefit-kela-disability-pension",
        BenefitKind::EarningsRelatedDisabilityPension => {
            "benefit-earnings-related-disability-pension"
        }
        BenefitKind::WorkActivityPay => "benefit-work-activity-pay",
        BenefitKind::RehabilitativeCompensation => "benefit-expense-compensation",
        BenefitKind::HousingGeneral => "benefit-housing-general",
        BenefitKind::SocialAssistance => "benefit-social-assistance",
        BenefitKind::PensionerHousing => "benefit-pensioner-housing",
    }
}

/// The fluent id of a benefit's name in the month the engine answered for: *yleistuki* from
/// May 2026, *työmarkkinatuki* before, as the person's decision letters name it.
pub fn name_id(name: BenefitName) -> &'static str {
    match name {
        BenefitName::LabourMarketSupport => "benefit-labour-market-support",
        BenefitName::GeneralSupport => "benefit-general-support",
        BenefitName::KelaDisabilityPension => "benefit-kela-disability-pension",
        BenefitName::EarningsRelatedDisabilityPension => {
            "benefit-earnings-related-disability-pension"
        }
        BenefitName::WorkActivityPay => "benefit-work-activity-pay",
        BenefitName::ExpenseCompensation => "benefit-expense-compensation",
        BenefitName::ActivityAllowance => "benefit-activity-allowance",
        BenefitName::HousingGeneral => "benefit-housing-general",
        BenefitName::PensionerHousing => "benefit-pensioner-housing",
        BenefitName::SocialAssistance => "benefit-social-assistance",
    }
}

/// The benefit a rule-data parameter belongs to, named for a person: "which figure is
/// uncertain" said as the benefit it is for.
pub fn parameter_benefit(parameter: &str) -> &'static str {
    match parameter.split('.').next().unwrap_or_default() {
        "unemployment_basic" => "benefit-general-support",
        "disability_pension" => "figure-group-pensions",
        "work_activity" => "benefit-expense-compensation",
        "housing_general" => "benefit-housing-general",
        "pensioner_housing" => "benefit-pensioner-housing",
        "social_assistance" => "benefit-social-assistance",
        _ => "figure-group-pay",
    }
}

/// The sentence for one benefit's change: `None` when nothing changes and `say_same` is off.
pub fn change_sentence(
    tr: &Tr,
    name: BenefitName,
    change: Option<Cents>,
    say_same: bool,
) -> Option<String> {
    change_sentence_in(tr, name, change, say_same, None)
}

/// [`change_sentence`], naming `month` when it is not the month the sentence is about.
fn change_sentence_in(
    tr: &Tr,
    name: BenefitName,
    change: Option<Cents>,
    say_same: bool,
    month: Option<Month>,
) -> Option<String> {
    let id = |plain: &'static str, with_month: &'static str| {
        if month.is_some() { with_month } else { plain }
    };
    let mut args = tr.benefit_args(name_id(name)).to_vec();
    if let Some(month) = month {
        args.push(("month-in", tr.month_in(month).into()));
    }
    match change {
        None => Some(tr.ta(
            id("money-benefit-unknown", "money-benefit-unknown-in"),
            &args,
        )),
        Some(c) if c == Cents::ZERO => say_same.then(|| tr.ta("money-benefit-same", &args[..2])),
        Some(c) => {
            args.push(("amount", tr.money_abs(c).into()));
            let id = if c < Cents::ZERO {
                id("money-benefit-falls", "money-benefit-falls-in")
            } else {
                id("money-benefit-rises", "money-benefit-rises-in")
            };
            Some(tr.ta(id, &args))
        }
    }
}

/// A change in a later month, as a sentence: "From 1.7.2027 the Kela pension stops for at
/// least 3 months: 775,70 € less a month."
pub fn later_sentence(tr: &Tr, later: &LaterEffect) -> String {
    let [benefit, benefit_mid] = tr.benefit_args(benefit_name(later.benefit));
    let args = [
        benefit,
        benefit_mid,
        ("from", tr.plain_date(later.from.first_day()).into()),
        ("amount", tr.money_abs(later.per_month).into()),
        ("months", later.months.unwrap_or_default().into()),
    ];
    let id = match (later.months, later.per_month < Cents::ZERO) {
        (Some(_), true) => "money-later-falls-for",
        (None, true) => "money-later-falls",
        (_, false) => "money-later-rises",
    };
    tr.ta(id, &args)
}

/// "You earn 20 €. Your basic unemployment allowance falls by 10 €. You keep 10 € more this
/// month." Unknown parts are said to be unknown, nothing is said as nothing, a loss as a loss;
/// and the month is said to be the one the pay is *expected* in.
#[component]
pub fn MoneySentence(effect: TaskEffect, pay: Pay) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let earn = match pay {
        Pay::Hourly(_) => tr.ta(
            "money-earn-about",
            &[("amount", tr.money(effect.gross).into())],
        ),
        Pay::Fixed(_) => tr.ta("money-earn", &[("amount", tr.money(effect.gross).into())]),
    };
    let paid_in = if effect.pay_day_known {
        tr.ta(
            "money-paid-on",
            &[
                ("date", tr.plain_date(effect.paid_on).into()),
                ("month", tr.month(effect.month).into()),
            ],
        )
    } else {
        tr.ta(
            "money-paid-day-unknown",
            &[("month-in", tr.month_in(effect.month).into())],
        )
    };
    let known = match &effect.answer {
        TaskAnswer::NoProfile => {
            return rsx! {
                div { class: "money-sentence", "data-test": "money-sentence",
                    p { "{earn}" }
                    p { {tr.t("money-no-profile")} }
                    button { class: "secondary", "data-test": "fill-profile",
                        onclick: move |_| ui.go(Screen::Profile),
                        {tr.t("money-fill-profile")}
                    }
                }
            };
        }
        TaskAnswer::Known(known) => known.clone(),
    };
    let changed = |part: &TaskImpact, month: Option<Month>| -> Vec<String> {
        part.changes
            .iter()
            .filter_map(|(kind, change)| {
                let name = part
                    .with_task
                    .benefits
                    .iter()
                    .find(|b| b.kind == *kind)
                    .map(|b| b.name)?;
                change_sentence_in(&tr, name, *change, false, month)
            })
            .collect()
    };
    // The month worked first (a day's work-activity money), then the month paid.
    let work = known.work_month.as_deref();
    let lines: Vec<String> = work
        .map(|w| changed(w, Some(w.with_task.month)))
        .unwrap_or_default()
        .into_iter()
        .chain(changed(&known, work.map(|_| effect.month)))
        .chain(known.later.iter().map(|l| later_sentence(&tr, l)))
        .collect();
    let months = match work {
        Some(w) => tr.ta(
            "money-months-two",
            &[
                ("first", tr.month_in(w.with_task.month).into()),
                ("second", tr.month_in(effect.month).into()),
            ],
        ),
        None => tr.month_in(effect.month),
    };
    let keep = known.keep_now();
    let overall = known.overall();
    // When later months change too, the whole is said once more, so "you keep 1,000 €" is
    // never the last word on a task that stops a pension.
    let overall_line = (!known.later.is_empty())
        .then_some(overall.amount())
        .flatten()
        .map(|total| {
            if total < Cents::ZERO {
                tr.ta(
                    "money-overall-loss",
                    &[("amount", tr.money_abs(total).into())],
                )
            } else {
                tr.ta("money-overall-keep", &[("amount", tr.money(total).into())])
            }
        });
    let overall_loss = overall.amount().is_some_and(|c| c < Cents::ZERO);
    let (keep_class, keep_line) = match keep {
        Keep::Unknown => ("keep zero", tr.t("money-keep-unknown")),
        Keep::AfterTax(c) | Keep::BeforeTax(c) if c < Cents::ZERO => (
            "keep loss",
            tr.ta(
                "money-keep-loss",
                &[
                    ("amount", tr.money_abs(c).into()),
                    ("month-in", months.clone().into()),
                ],
            ),
        ),
        Keep::AfterTax(c) | Keep::BeforeTax(c) if c == Cents::ZERO => {
            ("keep zero", tr.t("money-keep-nothing"))
        }
        Keep::AfterTax(c) => (
            "keep",
            tr.ta(
                "money-keep-after-tax",
                &[
                    ("amount", tr.money(c).into()),
                    ("month-in", months.clone().into()),
                ],
            ),
        ),
        Keep::BeforeTax(c) => (
            "keep",
            tr.ta(
                "money-keep",
                &[
                    ("amount", tr.money(c).into()),
                    ("month-in", months.clone().into()),
                ],
            ),
        ),
    };
    let talk = keep.amount().is_none_or(|c| c <= Cents::ZERO)
        || overall.amount().is_none_or(|c| c <= Cents::ZERO);
    let tax_note = if known.tax_share.is_some() {
        "money-tax-estimate"
    } else {
        "money-before-tax"
    };
    rsx! {
        div { class: "money-sentence", "data-test": "money-sentence",
            p { "{earn}" }
            for (i, line) in lines.into_iter().enumerate() {
                p { key: "{i}", "{line}" }
            }
            p { class: keep_class, "data-test": "money-keep", "{keep_line}" }
            if let Some(line) = overall_line {
                p { class: if overall_loss { "keep loss" } else { "keep" }, "data-test": "money-overall", "{line}" }
            }
            if talk {
                p { {tr.t("money-talk-to-supervisor")} }
            }
            // Doubt about a figure is said once, by the warnings that follow (`rule_unverified`).
            p { class: "fine-print", "data-test": "money-paid-on", "{paid_in} " {tr.t(tax_note)} }
            // Calm, and true: the app estimates, the payer of each benefit decides.
            p { class: "fine-print", "data-test": "money-estimate", {tr.t("money-estimate")} }
        }
    }
}

/// Each engine warning as a sentence with what to do.
#[component]
pub fn Warnings(warnings: Vec<Warning>) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let now = ui.now();
    let mut lines: Vec<String> = Vec::new();
    for w in &warnings {
        let line = warning_text(&tr, w, now.year());
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    if lines.is_empty() {
        return rsx! {};
    }
    rsx! {
        ul { class: "warnings", "data-test": "warnings",
            for (i, line) in lines.into_iter().enumerate() {
                li { key: "{i}", class: "warning",
                    IconSvg { icon: Icon::Warning }
                    span { "{line}" }
                }
            }
        }
    }
}

/// The sentence for one warning, naming the figure or benefit it is about.
pub fn warning_text(tr: &Tr, warning: &Warning, this_year: i32) -> String {
    let month = |m: &Month| tr.plain_date(m.first_day());
    match warning {
        Warning::SameDayWorkActivityPay { date } => tr.ta(
            "warning-same-day-work-activity-pay",
            &[("date", tr.date_on(*date, this_year).into())],
        ),
        Warning::RehabilitativeActivityDay { date } => tr.ta(
            "warning-rehabilitative-activity-day",
            &[("date", tr.date(*date, this_year).into())],
        ),
        Warning::CommissionContractUnemployment => tr.t("warning-commission-contract-unemployment"),
        Warning::WorkingTimeLimitExceeded { limit } => tr.ta(
            "warning-working-time-limit-exceeded",
            &[("hours", (limit.get() / 60).into())],
        ),
        Warning::PensionEarningsLimitExceeded {
            pension,
            limit,
            in_a_row,
            stops_from,
        } => match stops_from {
            Some(from) => tr.ta(
                "warning-pension-stops",
                &with_name(
                    tr.pension_args(benefit_name(*pension)),
                    [
                        ("limit", tr.money(*limit).into()),
                        ("from", month(from).into()),
                    ],
                ),
            ),
            None => tr.ta(
                "warning-pension-earnings-limit-exceeded",
                &with_name(
                    tr.pension_args(benefit_name(*pension)),
                    [
                        ("limit", tr.money(*limit).into()),
                        ("count", (*in_a_row).into()),
                    ],
                ),
            ),
        },
        Warning::PensionEarningsLimitNear { pension, limit } => tr.ta(
            "warning-pension-earnings-limit-near",
            &with_name(
                tr.pension_args(benefit_name(*pension)),
                [("limit", tr.money(*limit).into())],
            ),
        ),
        Warning::PensionTurnsPartial {
            limit, from_month, ..
        } => match from_month {
            Some(from) => tr.ta(
                "warning-pension-turns-partial-from",
                &[
                    ("limit", tr.money(*limit).into()),
                    ("from", month(from).into()),
                ],
            ),
            None => tr.ta(
                "warning-pension-turns-partial",
                &[("limit", tr.money(*limit).into())],
            ),
        },
        Warning::HousingAllowanceRevision {
            benefit,
            from_month,
        } => tr.ta(
            "warning-housing-allowance-revision",
            &with_name(
                tr.benefit_args(benefit_name(*benefit)),
                [("from", month(from_month).into())],
            ),
        ),
        Warning::HousingAllowanceAnnualCheck => tr.t("warning-housing-allowance-annual-check"),
        Warning::RuleUnverified { parameter } => tr.ta(
            "warning-rule-unverified",
            &tr.benefit_args(parameter_benefit(parameter)),
        ),
        Warning::FigureNotYetPublished { parameter, year } => tr.ta(
            "warning-figure-not-yet-published",
            &with_name(
                tr.benefit_args(parameter_benefit(parameter)),
                [("year", year.to_string().into())],
            ),
        ),
        Warning::FigureUnknown { parameter } => tr.ta(
            "warning-figure-unknown",
            &tr.benefit_args(parameter_benefit(parameter)),
        ),
        // Which figure is missing is said where it is known.
        Warning::ProfileFiguresMissing {
            benefit: BenefitKind::SocialAssistance,
        } => tr.t("warning-profile-figures-missing-social-assistance"),
        Warning::ProfileFiguresMissing {
            benefit: BenefitKind::PensionerHousing,
        } => tr.t("warning-profile-figures-missing-pensioner-housing"),
        Warning::ProfileFiguresMissing { benefit } => tr.ta(
            "warning-profile-figures-missing",
            &tr.benefit_args(benefit_name(*benefit)),
        ),
        Warning::TaxPercentUnknown => tr.t("warning-tax-percent-unknown"),
    }
}

/// A name's two forms followed by a message's other values.
fn with_name<'a, const N: usize>(
    name: [(&'static str, FluentValue<'static>); 2],
    rest: [(&'static str, FluentValue<'a>); N],
) -> Vec<(&'static str, FluentValue<'a>)> {
    name.into_iter().chain(rest).collect()
}

/// The hours of work, and within a day's task the rest of its time as breaks ("3 h of work and
/// 1 h of breaks" for 10–14), so the hours and the time shown above them agree.
fn work_time(tr: &Tr, task: &Task) -> String {
    let window = (task.ends_at - task.starts_at).num_minutes();
    let work = i64::from(task.estimated_minutes.0);
    match u32::try_from(window - work) {
        Ok(breaks) if breaks > 0 && window <= 24 * 60 => tr.ta(
            "task-time-with-breaks",
            &[
                ("work", tr.duration(task.estimated_minutes).into()),
                ("breaks", tr.duration(Minutes(breaks)).into()),
            ],
        ),
        _ => tr.duration(task.estimated_minutes),
    }
}

/// Per benefit: without and with this task, the change, the month it lands in, the rule, the
/// figures used, and where each figure comes from. The amounts are on the task's own basis
/// (the month's other pay counted in both), so the change is the one the task's sentence
/// says, and a line says what other pay the month already has.
#[component]
pub fn WhyPanel(known: TaskImpact, gross: Cents) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let other_pay = known.without_task.earnings_gross;
    let basis = if other_pay > Cents::ZERO {
        tr.ta(
            "why-with-other-pay",
            &[
                ("month-in", tr.month_in(known.with_task.month).into()),
                ("amount", tr.money(other_pay).into()),
            ],
        )
    } else {
        tr.t("why-whole-month")
    };
    rsx! {
        div { class: "why-panel", "data-test": "why-panel",
            p { class: "fine-print", "data-test": "why-basis", "{basis}" }
            // The month worked, when the day itself changes something there, then the month
            // paid: each benefit as that month has it.
            if let Some(work) = known.work_month.as_deref() {
                h3 { class: "why-month", {tr.month(work.with_task.month)} }
                for b in on_task_basis(work).into_iter().filter(|b| b.change != Some(Cents::ZERO)) {
                    BenefitBreakdown { key: "work-{b.kind:?}", benefit: b, task_basis: true }
                }
                h3 { class: "why-month", {tr.month(known.with_task.month)} }
            }
            for b in on_task_basis(&known) {
                BenefitBreakdown { key: "{b.kind:?}", benefit: b, task_basis: true }
            }
            // From the pay to what is kept, so the sentence's figure can be followed: pay,
            // the benefits' change, the contributions taken from pay, the tax.
            if known.work_month.is_none() && !matches!(known.keep_now(), Keep::Unknown) {
                KeepSteps { known: known.clone(), gross }
            }
            super::money::RulesInUse {}
        }
    }
}

/// How the task's pay becomes what the person keeps in the month: the pay, the benefits'
/// change, the employee's contributions and (with a tax percentage) the tax on the pay and on
/// the benefits' change, ending in the figure the sentence says.
#[component]
fn KeepSteps(known: TaskImpact, gross: Cents) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let contributions = gross + known.total_change - known.keep;
    let tax = known.keep_after_tax.map(|after| known.keep - after);
    let kept = known.keep_after_tax.unwrap_or(known.keep);
    rsx! {
        section { class: "breakdown", "data-test": "keep-steps",
            h3 { {tr.t("why-keep-title")} }
            dl { class: "facts",
                dt { {tr.t("why-keep-pay")} }
                dd { {tr.money(gross)} }
                dt { {tr.t("why-keep-benefits")} }
                dd { {tr.money(known.total_change)} }
                dt { {tr.t("why-keep-contributions")} }
                dd { {tr.money(-contributions)} }
                if let Some(tax) = tax {
                    dt { {tr.t("why-keep-tax")} }
                    dd { {tr.money(-tax)} }
                }
                dt { {tr.t(if tax.is_some() { "why-keep-result" } else { "why-keep-result-before-tax" })} }
                dd { "data-test": "keep-steps-result", {tr.money(kept)} }
            }
        }
    }
}

/// `part`'s benefits with the task, each set against the same month without it: "without" is
/// the benefit with the month's other pay only, the change is the task's own.
fn on_task_basis(part: &TaskImpact) -> Vec<BenefitImpact> {
    part.with_task
        .benefits
        .iter()
        .map(|b| {
            let before = part.without_task.benefits.iter().find(|w| w.kind == b.kind);
            let change = part
                .changes
                .iter()
                .find(|(kind, _)| *kind == b.kind)
                .and_then(|(_, c)| *c);
            BenefitImpact {
                baseline: before.and_then(|w| w.with_work),
                change,
                ..b.clone()
            }
        })
        .collect()
}

/// One benefit in "Why?": on the month's basis (without any work and with all of it), or with
/// `task_basis` on one task's (without it and with it).
#[component]
pub fn BenefitBreakdown(benefit: BenefitImpact, #[props(default)] task_basis: bool) -> Element {
    let ui = use_context::<Ui>();
    let tr = ui.tr();
    let amount = |c: Option<Cents>| c.map_or_else(|| tr.t("why-unknown"), |c| tr.money(c));
    let status = match benefit.status {
        ResultStatus::Verified => "why-status-verified",
        ResultStatus::Verify => "why-status-verify",
        ResultStatus::Unknown => "why-status-unknown",
    };
    // One line per source, as "Kela, 16.2.2026": the publisher and the date, in the reader's
    // language, never the rule data's own notes.
    let mut sources: Vec<String> = if tr.easy() {
        let all: Vec<&Source> = benefit.parameters.values().map(|p| &*p.source).collect();
        easy_source_lines(&tr, &all)
    } else {
        benefit
            .parameters
            .values()
            .map(|p| source_line(&tr, &p.source))
            .collect()
    };
    sources.sort();
    sources.dedup();
    rsx! {
        section { class: "breakdown",
            h3 { {tr.t(name_id(benefit.name))} }
            p { class: "fine-print about", {tr.attribute(name_id(benefit.name), "about")} }
            if benefit.name == BenefitName::GeneralSupport {
                p { class: "fine-print", {tr.t("benefit-general-support-formerly")} }
            }
            dl { class: "facts",
                dt { {tr.t(if task_basis { "why-without-task" } else { "why-without-work" })} }
                dd { {amount(benefit.baseline)} }
                dt { {tr.t(if task_basis { "why-with-task" } else { "why-with-work" })} }
                dd { {amount(benefit.with_work)} }
                dt { {tr.t("why-change")} }
                dd { {amount(benefit.change)} }
                dt { {tr.t("why-lands-in")} }
                dd { {tr.month(benefit.lands_in_month)} }
            }
            // A sentence, not a figure: under the figures, at the screen's full width.
            p { class: "fine-print", "data-test": "why-status",
                strong { {tr.t("why-status")} } ": " {tr.t(status)}
            }
            p { class: "rule", {tr.t(rule_id(&benefit))} }
            if !benefit.figures.is_empty() {
                h4 { {tr.t("why-figures")} }
                dl { class: "facts figures",
                    for (name, value) in benefit.figures.iter() {
                        div { key: "{name}",
                            dt { {tr.t(&format!("figure-{}", name.replace('_', "-")))} }
                            dd { {tr.money(value.0)} }
                        }
                    }
                }
            }
            if !sources.is_empty() {
                h4 { {tr.t("why-sources")} }
                ul { class: "sources",
                    for (i, source) in sources.into_iter().enumerate() {
                        li { key: "{i}", "{source}" }
                    }
                }
            }
        }
    }
}

/// One source as a person can look it up: "Kela, 16.2.2026", "Kela, verkkosivu" where the
/// page has no date. Only the publisher and the date reach the screen, each in the reader's
/// language (Kela is FPA in Swedish); the rule data's titles and notes are for staff and
/// reviewers. A figure Keikka worked out itself is said to be Keikka's own.
pub fn source_line(tr: &Tr, source: &keikka_core::benefit::Source) -> String {
    if source.publisher == "Keikka" {
        return tr.t("why-source-own");
    }
    let publisher = tr.t(publisher_id(&source.publisher));
    match source.date {
        Some(date) => tr.ta(
            "why-source-line",
            &[
                ("publisher", publisher.into()),
                ("date", tr.plain_date(date).into()),
            ],
        ),
        None => tr.ta("why-source-undated", &[("publisher", publisher.into())]),
    }
}

/// The sources of a benefit's figures in easy-read: one line, Kela's alone or Kela's and
/// others', and Keikka's own figures said apart.
pub fn easy_source_lines(tr: &Tr, sources: &[&Source]) -> Vec<String> {
    let (own, published): (Vec<&&Source>, Vec<&&Source>) =
        sources.iter().partition(|s| s.publisher == "Keikka");
    let mut lines = Vec::new();
    if !published.is_empty() {
        lines.push(if published.iter().all(|s| s.publisher == "Kela") {
            tr.t("why-sources-easy-kela")
        } else {
            tr.t("why-sources-easy-mixed")
        });
    }
    if !own.is_empty() {
        lines.push(tr.t("why-source-own"));
    }
    lines
}

/// The fluent id naming a source's publisher; a publisher the app does not know is "another
/// public source", never its raw name from the rule data.
pub fn publisher_id(publisher: &str) -> &'static str {
    match publisher {
        "Kela" => "publisher-kela",
        "Eduskunta" => "publisher-parliament",
        "Finlex" => "publisher-finlex",
        "YTK" | "Palvelualojen työttömyyskassa" => "publisher-unemployment-fund",
        "THL" => "publisher-thl",
        "Keva" | "Varma" => "publisher-pension-provider",
        "Työmarkkinoiden keskusjärjestöt" => "publisher-labour-market-organisations",
        "Vaasan kaupunki" => "publisher-municipality",
        "MTV Uutiset" | "Iltalehti" | "Demokraatti / STT" | "Kansalainen.fi" => "publisher-press",
        _ => "publisher-other",
    }
}

/// The fluent id of the rule "Why?" explains for `benefit`: one per kind of benefit, and the
/// Kela pension paid whatever the earnings has its own (no earnings limit to explain).
pub fn rule_id(benefit: &BenefitImpact) -> &'static str {
    match benefit.kind {
        BenefitKind::UnemploymentBasic => "rule-unemployment-basic",
        BenefitKind::KelaDisabilityPension
            if benefit.rule == keikka_core::benefit::KELA_REGARDLESS_RULE =>
        {
            "rule-kela-disability-pension-regardless"
        }
        BenefitKind::KelaDisabilityPension => "rule-kela-disability-pension",
        BenefitKind::EarningsRelatedDisabilityPension => "rule-earnings-related-disability-pension",
        BenefitKind::WorkActivityPay => "rule-work-activity-pay",
        BenefitKind::RehabilitativeCompensation => "rule-rehabilitative-compensation",
        BenefitKind::HousingGeneral => "rule-housing-general",
        BenefitKind::PensionerHousing => "rule-pensioner-housing",
        BenefitKind::SocialAssistance => "rule-social-assistance",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Locale, Text};

    /// Every kind of benefit, so a new one cannot be missed by the tests below.
    const KINDS: [BenefitKind; 8] = [
        BenefitKind::UnemploymentBasic,
        BenefitKind::KelaDisabilityPension,
        BenefitKind::EarningsRelatedDisabilityPension,
        BenefitKind::WorkActivityPay,
        BenefitKind::RehabilitativeCompensation,
        BenefitKind::HousingGeneral,
        BenefitKind::PensionerHousing,
        BenefitKind::SocialAssistance,
    ];

    /// One of every kind of warning (the match makes a new kind a compile error here).
    fn every_warning() -> Vec<Warning> {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let month: Month = "2027-01".parse().unwrap();
        let all = vec![
            Warning::SameDayWorkActivityPay { date: day },
            Warning::RehabilitativeActivityDay { date: day },
            Warning::CommissionContractUnemployment,
            Warning::WorkingTimeLimitExceeded {
                limit: Minutes(120 * 60),
            },
            Warning::PensionEarningsLimitExceeded {
                pension: BenefitKind::KelaDisabilityPension,
                limit: Cents(100_000),
                in_a_row: 1,
                stops_from: None,
            },
            Warning::PensionEarningsLimitExceeded {
                pension: BenefitKind::KelaDisabilityPension,
                limit: Cents(100_000),
                in_a_row: 2,
                stops_from: None,
            },
            Warning::PensionEarningsLimitExceeded {
                pension: BenefitKind::EarningsRelatedDisabilityPension,
                limit: Cents(100_000),
                in_a_row: 3,
                stops_from: Some(month),
            },
            Warning::PensionEarningsLimitNear {
                pension: BenefitKind::KelaDisabilityPension,
                limit: Cents(100_000),
            },
            Warning::PensionTurnsPartial {
                limit: Cents(100_000),
                in_a_row: 1,
                from_month: None,
            },
            Warning::PensionTurnsPartial {
                limit: Cents(100_000),
                in_a_row: 3,
                from_month: Some(month),
            },
            Warning::HousingAllowanceRevision {
                benefit: BenefitKind::HousingGeneral,
                from_month: month,
            },
            Warning::HousingAllowanceAnnualCheck,
            Warning::RuleUnverified {
                parameter: "unemployment_basic.full_month".into(),
            },
            Warning::FigureNotYetPublished {
                parameter: "housing_general.basic_deductible".into(),
                year: 2027,
            },
            Warning::FigureUnknown {
                parameter: "pensioner_housing.deductible".into(),
            },
            Warning::ProfileFiguresMissing {
                benefit: BenefitKind::SocialAssistance,
            },
            Warning::ProfileFiguresMissing {
                benefit: BenefitKind::PensionerHousing,
            },
            Warning::ProfileFiguresMissing {
                benefit: BenefitKind::HousingGeneral,
            },
            Warning::TaxPercentUnknown,
        ];
        for w in &all {
            match w {
                Warning::SameDayWorkActivityPay { .. }
                | Warning::RehabilitativeActivityDay { .. }
                | Warning::CommissionContractUnemployment
                | Warning::WorkingTimeLimitExceeded { .. }
                | Warning::PensionEarningsLimitExceeded { .. }
                | Warning::PensionEarningsLimitNear { .. }
                | Warning::PensionTurnsPartial { .. }
                | Warning::HousingAllowanceRevision { .. }
                | Warning::HousingAllowanceAnnualCheck
                | Warning::RuleUnverified { .. }
                | Warning::FigureNotYetPublished { .. }
                | Warning::FigureUnknown { .. }
                | Warning::ProfileFiguresMissing { .. }
                | Warning::TaxPercentUnknown => {}
            }
        }
        all
    }

    /// A warning guides: it names who helps (the supervisor, Kela, the pension payer), and it
    /// threatens no loss or repayment that the rules do not say (issue 14, item 6).
    #[test]
    fn every_warning_says_who_helps_and_threatens_nothing() {
        for locale in Locale::ALL {
            let tr = Tr::new(std::rc::Rc::new(super::super::fmt::Texts::load()), locale);
            for w in every_warning() {
                let text = warning_text(&tr, &w, 2026);
                let lower = text.to_lowercase();
                let helpers: &[&str] = match locale {
                    Locale::Fi | Locale::FiEasy => &["ohjaaja", "kela", "eläkeyhtiö"],
                    Locale::Sv | Locale::SvEasy => &["handledar", "fpa", "pensionsbolag"],
                };
                assert!(
                    helpers.iter().any(|h| lower.contains(h)),
                    "{} {w:?}: nobody to help in {text:?}",
                    locale.id()
                );
                for threat in [
                    "menetät",
                    "takaisin",
                    "förlorar",
                    "betala tillbaka",
                    "återkr",
                ] {
                    assert!(
                        !lower.contains(threat),
                        "{} {w:?}: {threat:?} in {text:?}",
                        locale.id()
                    );
                }
            }
        }
    }

    fn breakdown(kind: BenefitKind, rule: &'static str) -> BenefitImpact {
        BenefitImpact {
            kind,
            name: BenefitName::SocialAssistance,
            baseline: None,
            with_work: None,
            change: None,
            lands_in_month: "2026-12".parse().unwrap(),
            later: Vec::new(),
            rule: rule.into(),
            figures: Default::default(),
            parameters: Default::default(),
            status: ResultStatus::Unknown,
        }
    }

    #[test]
    fn every_benefit_has_its_rule_and_name_in_every_set() {
        for locale in Locale::ALL {
            let text = Text::new(locale);
            for kind in KINDS {
                let id = rule_id(&breakdown(kind, ""));
                assert!(text.has(id), "{} lacks {id}", locale.id());
                assert!(
                    text.has(benefit_name(kind)),
                    "{} lacks {kind:?}",
                    locale.id()
                );
            }
            let regardless = breakdown(
                BenefitKind::KelaDisabilityPension,
                keikka_core::benefit::KELA_REGARDLESS_RULE,
            );
            assert_eq!(
                rule_id(&regardless),
                "rule-kela-disability-pension-regardless"
            );
            assert!(text.has(rule_id(&regardless)));
        }
    }

    /// "Why?" names each figure the engine records as `figure-<name>`: every name the engine's
    /// source records must have its sentence, or the screen shows a raw id.
    #[test]
    fn every_figure_the_engine_records_has_its_name_in_every_set() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/benefit");
        let mut names = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let code = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            for part in code.split("figure(\"").skip(1) {
                if let Some((name, _)) = part.split_once('"') {
                    names.insert(name.to_owned());
                }
            }
        }
        assert!(names.len() > 10, "{names:?}");
        for locale in Locale::ALL {
            let text = Text::new(locale);
            for name in &names {
                let id = format!("figure-{}", name.replace('_', "-"));
                assert!(text.has(&id), "{} lacks {id}", locale.id());
            }
        }
    }

    /// A source's publisher is shown by its label in each set: every publisher the shipped
    /// rules name has its own, none falls back to "another public source".
    #[test]
    fn every_publisher_of_the_shipped_rules_has_its_label_in_every_set() {
        let rules: serde_json::Value =
            serde_json::from_str(include_str!("../../../core/rules/keikka-rules.json")).unwrap();
        let sources = rules["sources"].as_object().unwrap();
        assert!(sources.len() > 10);
        for source in sources.values() {
            let publisher = source["publisher"].as_str().unwrap();
            if publisher == "Keikka" {
                continue;
            }
            let id = publisher_id(publisher);
            assert_ne!(id, "publisher-other", "{publisher} has no label");
            for locale in Locale::ALL {
                assert!(Text::new(locale).has(id), "{} lacks {id}", locale.id());
            }
        }
    }

    #[test]
    fn tasks_group_into_today_this_week_and_later_by_local_day() {
        let today: NaiveDate = "2026-03-25".parse().unwrap(); // Wednesday
        let day = |s: &str| -> NaiveDate { s.parse().unwrap() };
        assert_eq!(
            when(day("2026-03-24"), today),
            When::Today,
            "still going on"
        );
        assert_eq!(when(day("2026-03-25"), today), When::Today);
        assert_eq!(when(day("2026-03-26"), today), When::ThisWeek);
        assert_eq!(when(day("2026-03-29"), today), When::ThisWeek);
        assert_eq!(when(day("2026-03-30"), today), When::Later);
    }
}
