# Keikka, lättläst svenska. Korta meningar. En sak i varje mening. Inga förkortningar.

app-name = Keikka
document-title = { $screen } – Keikka

## Synkronisering.
sync-saved-on-phone = Det här är sparat på den här enheten. Det skickas när nätet fungerar.
sync-sent = Skickat.
sync-last = Uppgifterna uppdaterades klockan { $time }.
sync-last-day = Uppgifterna uppdaterades { $date } klockan { $time }.
sync-never = Uppgifterna har inte uppdaterats ännu.
sync-offline = Nätet fungerar inte nu. Allt är sparat på den här enheten.
sync-offline-nothing-waiting = Nätet fungerar inte nu. Du ser uppgifterna som de var senast.
needs-network = Nätet fungerar inte nu. Det här går inte utan nätet. Inget sparades. Försök igen senare.
sync-server-error = Det gick inte att skicka. Allt är sparat. Försök igen senare.
sync-daily-limit = Den här telefonen har skickat väldigt mycket i dag. Allt är sparat i telefonen. Det skickas senare. Om det händer igen, säg till din handledare.
sync-too-many-created = Den här enheten har gjort väldigt mycket i dag. Det här sparades inte. Försök igen i morgon.
sync-too-many-requests = Den här telefonen har hört av sig för ofta. Allt är sparat. Försök igen om en minut.
sync-conflict = Det här går kanske inte. Du ser snart om det gick.

## Koppla enheten.
pairing-invalid-code = Koden fungerar inte. Titta på koden igen. Du kan be handledaren om en ny kod.
pairing-too-many-attempts = Koden går inte att prova nu. Det har kommit för många försök. Vänta 15 minuter. Försök sedan igen.
# A supervisor's device in the participant's web build: it opens the supervisor's app.
staff-app-title = Handledarens sida
staff-app-text = Den här enheten tillhör en handledare. Handledarens sida öppnas snart.
staff-app-open = Öppna handledarens sida
pairing-revoked = Du kan inte använda den här enheten längre. Be handledaren om en ny kod.

## Varför ändringen inte gick igenom.
reason-task-full = Någon annan hann först. Det är inte ditt fel. Titta på andra uppdrag.
reason-task-not-open = Du kan inte ta det här uppdraget längre.
reason-already-claimed = Du har redan det här uppdraget.
reason-not-found = Det här hittades inte.
reason-forbidden = Du kan inte göra det här.
reason-invalid-transition = Du kan inte göra det här nu. Titta på uppdraget.
reason-already-decided = Det här är redan bestämt.
reason-id-in-use = Det här är redan sparat.
reason-invalid-input = Någon uppgift saknas. Titta på uppgifterna igen.

## Allmänt.
back = Tillbaka
notice-close = Stäng
error-storage = Enheten kunde inte läsa eller spara uppgifterna. Stäng appen Keikka och öppna den igen. Berätta för handledaren om det händer igen.
error-storage-full = Telefonens minne är fullt. Det här sparades inte. Det du sparade förut finns kvar. Ta bort bilder eller appar från telefonen. Försök sedan igen.
error-cannot-open = Appen Keikka kan inte spara saker på den här enheten. Pröva en annan webbläsare, till exempel Chrome eller Safari. Du kan också berätta för handledaren.
open-elsewhere = Keikka är redan öppen i ett annat fönster. Använd det. När du stänger det fortsätter Keikka här.
read-only-here = Keikka är öppen också i ett annat fönster. Här kan du bara titta. När du stänger det andra fortsätter Keikka här.
read-only-elsewhere = Det här sparades inte. Keikka är öppen också i ett annat fönster. Gör det där. Eller stäng det, så fortsätter Keikka här.
open-newer = Den här enheten har en nyare Keikka. Ladda om sidan. Dina uppgifter finns kvar.
open-newer-reload = Ladda om
update-ready = Det finns en ny Keikka. Den kommer när du stänger Keikka. Inget försvinner.
update-take = Ta den nya nu
sync-update = Uppdatera
sync-updating = Uppdaterar…
sync-done = Uppgifterna är uppdaterade.
sync-refused = Alla ändringar gick inte igenom. Titta på Mina uppdrag.
sync-pending = { $count ->
    [one] 1 sak har inte skickats ännu.
   *[other] { $count } saker har inte skickats ännu.
}

## Pengar, dagar och tider.
money = { $amount } euro
date = { $weekday } { $day }
task-when = { $date } klockan { $start }–{ $end }
task-when-days = { $date } klockan { $start } – { $end-date } klockan { $end }
month-name = { $month } { $year }
duration-minutes = { $minutes ->
    [one] 1 minut
   *[other] { $minutes } minuter
}
duration-hours = { $hours ->
    [one] 1 timme
   *[other] { $hours } timmar
}
duration-hours-minutes = { $hours ->
    [one] 1 timme
   *[other] { $hours } timmar
} { $minutes ->
    [one] 1 minut
   *[other] { $minutes } minuter
}
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
month-in = i { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
month-from = från och med { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
date-on = { $weekday ->
        [1] måndagen
        [2] tisdagen
        [3] onsdagen
        [4] torsdagen
        [5] fredagen
        [6] lördagen
       *[7] söndagen
    } den { $day }

## Meny.
nav-label = Meny
nav-tasks = Uppdrag
nav-my-tasks = Mina uppdrag
nav-money = Pengar
nav-me = Jag

## Koppla enheten.
pairing-title = Välkommen till appen Keikka
pairing-intro = Du får en kod av handledaren. Skriv koden här. Du behöver inget lösenord.
pairing-code-label = Kod
pairing-code-help = Koden står på ett papper eller på handledarens skärm. Du kan skriva med stora eller små bokstäver.
pairing-server-label = Adress
pairing-submit = Börja
pairing-busy = Vänta lite…
pairing-code-missing = Skriv koden som du fick av handledaren.
pairing-device-name = Deltagarens enhet
pairing-done = Klart. Nu ser du uppdragen som du kan ta.

## Lediga uppdrag.
tasks-title = Lediga uppdrag
tasks-today = I dag
tasks-this-week = Den här veckan
tasks-later = Senare
tasks-none = Det finns inga lediga uppdrag nu. Titta igen senare. Du kan också fråga handledaren.
tasks-profile-nudge = Fyll i dina uppgifter om stöd. Då ser du hur mycket pengar du får kvar.
tasks-show-more = Visa fler ({ $count })
task-pay-line = Lön ungefär { $pay }
task-pay-line-fixed = Lön { $pay }
task-seats-left = { $count ->
    [one] 1 plats ledig
   *[other] { $count } platser lediga
}
badge-keep = Cirka { $amount } mer pengar
badge-keep-loss = Cirka { $amount } mindre pengar
badge-keep-nothing = Inga extra pengar. Du får arbetserfarenhet.
badge-check = Läs viktig information.

## Ett uppdrag.
task-when-label = När
task-place-label = Var
task-time-label = Hur länge arbetet tar
task-time-with-breaks = { $work } arbete. Pauserna är { $breaks }.
task-pay-label = Lön
task-pay-hourly = { $rate } för varje timme, sammanlagt ungefär { $pay }
task-pay-fixed = { $pay } för hela uppdraget
task-contract-label = Avtal
contract-employment = Arbetsavtal
contract-commission = Uppdragsavtal
task-instructor-label = Handledaren är på plats
task-seats-label = Platser
task-steps-title = Så här går uppdraget till
task-money-title = Så ändrar uppdraget dina pengar { $month-in }
task-take = Jag tar det här uppdraget
task-taken = Du tog uppdraget. Det är sparat på den här enheten. Platsen är säker när det har skickats.
task-confirmed = Platsen är säker. Uppdraget är ditt.
task-is-yours = Det här uppdraget är ditt.
task-not-available = Du kan inte ta det här uppdraget nu.
task-gone = Det här uppdraget finns inte längre.

## Vad uppdraget betyder för dina pengar.
money-earn = Du får { $amount } i lön.
money-earn-about = Du får ungefär { $amount } i lön.
money-benefit-falls = { $benefit } blir { $amount } mindre.
money-benefit-rises = { $benefit } blir { $amount } större.
money-benefit-same = { $benefit } ändras inte.
money-benefit-unknown = Vi vet inte hur { $benefit-mid } ändras. Fråga handledaren.
money-keep = Du får { $amount } mer pengar { $month-in }. Skatten är inte med.
money-keep-nothing = Du får inga extra pengar av arbetet. Dina stöd blir lika mycket mindre. Men du får arbetserfarenhet. Det godkända arbetet syns i intyget om dina uppdrag.
money-keep-loss = Det här uppdraget ger dig { $amount } mindre pengar { $month-in }. Fråga handledaren innan du tar uppdraget.
money-talk-to-supervisor = Prata med handledaren innan du bestämmer dig.
money-before-tax = Skatten är inte dragen från de här siffrorna. Skriv in din skatteprocent i uppgifterna om stöd. Då ser du hur mycket pengar du får behålla.
money-cannot-say = Vi kan inte räkna ut det här nu. Fråga handledaren.
money-unpriced = { $count ->
    [one] Lönen för ett uppdrag saknas. Uppdatera.
   *[other] Lönen för { $count } uppdrag saknas. Uppdatera.
}
money-no-profile = Fyll i dina uppgifter om stöd. Då ser du hur mycket du får behålla.
money-fill-profile = Fyll i uppgifter om stöd
money-estimate = Siffrorna är en uppskattning. Den som betalar stödet bestämmer, till exempel FPA.

## Varningar.
warning-same-day-work-activity-pay = Du har lönearbete { $date }. Därför får du inte arbetsverksamhetspenning för den dagen. Berätta för handledaren att du är på uppdrag då.
warning-commission-contract-unemployment = Det här uppdraget har ett uppdragsavtal. Det är inte ett arbetsavtal. I det allmänna stödet räknas arbetet som eget företag. Därför kan uppdraget ändra ditt allmänna stöd. Prata med handledaren innan du tar uppdraget. Handledaren hjälper dig.
warning-pension-earnings-limit-exceeded = { $count ->
    [1] Den här månaden går dina inkomster över gränsen. Gränsen är { $limit }. En månad stoppar inte pensionen. Går du över gränsen tre månader i rad? Då kan { $pension-mid } vila. Det betyder en paus i pensionen. Pensionen slutar inte. Prata med handledaren.
   *[other] Dina inkomster är över gränsen { $count } månader i rad. Gränsen är { $limit }. Efter tre månader i rad kan { $pension-mid } vila. Det betyder en paus i pensionen. Pensionen slutar inte. Prata med handledaren innan du tar uppdraget.
}
warning-pension-earnings-limit-near = Dina inkomster är nära gränsen. Gränsen är { $limit }. Går du över gränsen tre månader i rad? Då kan { $pension-mid } vila. Prata med handledaren.
warning-housing-allowance-revision = Dina inkomster ökar mycket och länge. Därför ändras { $benefit-mid }. Det nya bidraget börjar { $from }. Du måste själv ansöka om ändringen hos FPA. Du kan göra det i MittFPA. Ansök genast, så får du rätt belopp. Handledaren kan hjälpa dig.
warning-housing-allowance-annual-check = Ett uppdrag ändrar inte bostadsbidraget nu. Du behöver inte berätta det för FPA direkt. FPA frågar om dina inkomster en gång om året. Berätta då också om lönen för uppdragen. Handledaren kan hjälpa dig.
warning-rule-unverified = { $benefit }: en siffra är inte kontrollerad ännu. Kontrollera resultatet med handledaren.

## Varför?
why-button = Varför?
why-without-work = Utan uppdrag
why-with-work = Med uppdrag
why-without-task = Utan det här uppdraget
why-with-task = Med det här uppdraget
why-change = Ändring
why-lands-in = Ändringen syns
why-status = Är siffran säker
why-status-verified = Kontrollerad
why-status-verify = Siffran är en uppskattning. Vi har inte kontrollerat den ännu. Fråga handledaren.
why-status-unknown = Vi vet inte
why-unknown = vi vet inte
why-figures = Siffror
why-sources = Var siffrorna kommer från
why-source-line = { $publisher }, { $date }
why-source-undated = { $publisher }, webbsida
why-sources-easy-kela = Siffrorna kommer från FPA.
why-sources-easy-mixed = Siffrorna kommer från FPA och andra myndigheter.
why-source-own = Keikka har räknat ut den här siffran själv. Ingen myndighet har gett ut den.
publisher-kela = FPA
publisher-parliament = Riksdagen
publisher-finlex = Finlex (lagar)
publisher-unemployment-fund = Arbetslöshetskassa
publisher-thl = THL
publisher-pension-provider = Pensionsbolag
publisher-labour-market-organisations = Arbetsmarknadens organisationer
publisher-municipality = Staden
publisher-press = Nyhet
publisher-other = Annan källa
why-whole-month = Siffrorna gäller hela månaden. Du ser stödet utan uppdraget och med det.
why-with-other-pay = I siffrorna finns också dina andra uppdrag { $month-in }. För dem får du { $amount }. Förändringen kommer bara från det här uppdraget.
why-keep-title = Så räknar vi
why-keep-pay = Lön
why-keep-benefits = Stöden ändras
why-keep-contributions = Avgifter från lönen
why-keep-tax = Skatt
why-keep-result = Du får kvar
why-keep-result-before-tax = Du får kvar före skatt
rule-unemployment-basic = Allmänt stöd är ett stöd från FPA när du söker arbete. Förut hette det arbetsmarknadsstöd. Varje euro i lön gör stödet 50 cent mindre. FPA tittar på vilken månad du får lönen. Arbetar du mycket betalas inget stöd.
rule-kela-disability-pension = Du kan tjäna upp till inkomstgränsen i månaden och ändå få pension. Tjänar du mer tre månader i rad? Då vilar pensionen. Pausen varar minst tre månader. Pensionen slutar inte direkt. Den slutar bara om pausen varar i två år.
rule-earnings-related-disability-pension = Arbetspensionen har en egen gräns. Din gräns står i pensionsbeslutet. Gränsen är alltid minst lika hög som FPA:s gräns. Går du över gränsen tre månader i rad? Då kan pensionen bli mindre. Pensionen kan också vila.
rule-work-activity-pay = Arbetsverksamhetspenning är pengar som du får i arbetsverksamheten. Du får inte arbetsverksamhetspenning för en dag när du har lönearbete.
rule-housing-general = Bostadsbidrag hjälper dig att betala för ditt boende. Grundsjälvrisken är en del som du alltid betalar själv. Grundsjälvrisken blir större när dina inkomster ökar. Bidraget ändras bara om inkomsterna ändras länge. Du måste själv ansöka om ändringen.
rule-social-assistance = FPA räknar ut utkomststödet sist. FPA drar av alla dina inkomster efter skatt från dina utgifter. Andra stöd räknas också som inkomster. Från och med mars 2026 minskar lönen stödet lika mycket.
rule-pensioner-housing = FPA räknar ut bostadsbidraget för pensionstagare enligt inkomsterna för ett helt år. Bidraget blir mindre när årsinkomsterna ökar. FPA kontrollerar bidraget vartannat år. Ändras dina inkomster? Då kan du ansöka om justering. Siffrorna är inte kontrollerade ännu.
figure-accepted-costs = Boendeutgifter som FPA godkänner
figure-basic-amount = Grunddel (pengar för mat, kläder och andra vanliga utgifter)
figure-basic-excess-before = Grundsjälvrisk utan uppdrag
figure-days-in-month-total = Arbetsverksamhetspenning för alla dagar tillsammans
figure-earned-income-disregard = Lön som inte påverkar utkomststödet
figure-earnings-limit = Inkomstgräns
figure-established-earnings = Inkomst före pensionen
figure-full-month = Hel månad
figure-per-day = För en dag
figure-protected-amount-applied = Skyddat belopp som används
figure-reduction = Minskning
figure-wages-paid-this-month = Lön som betalades den här månaden
figure-income-limit = Inkomstgräns
figure-household-income-before = Hushållets inkomster utan uppdrag
figure-expenses = Utgifter
figure-net-wages = Lön efter skatt
figure-net-income-before = Inkomster efter skatt utan uppdrag
figure-net-income-with-work = Inkomster efter skatt med uppdrag

## Namn på stöden.
benefit-kela-disability-pension = FPA:s sjukpension
    .subject = Din sjukpension från FPA
    .mid = din sjukpension från FPA
    .about = FPA betalar pensionen när du inte kan arbeta som vanligt.
benefit-earnings-related-disability-pension = Invalidpension (arbetspension)
    .subject = Din invalidpension
    .mid = din invalidpension
    .about = Pension från ditt tidigare arbete. Ett pensionsbolag betalar den.
benefit-work-activity-pay = Arbetsverksamhetspenning
    .subject = Din arbetsverksamhetspenning
    .mid = din arbetsverksamhetspenning
    .about = Pengar som du får för arbetsverksamheten.
benefit-housing-general = Allmänt bostadsbidrag
    .subject = Ditt bostadsbidrag
    .mid = ditt bostadsbidrag
    .about = FPA hjälper dig att betala boendet när inkomsterna är små.
benefit-social-assistance = Utkomststöd
    .subject = Ditt utkomststöd
    .mid = ditt utkomststöd
    .about = FPA hjälper när pengarna inte räcker till viktiga utgifter.
benefit-pensioner-housing = Bostadsbidrag för pensionstagare
    .subject = Ditt bostadsbidrag för pensionstagare
    .mid = ditt bostadsbidrag för pensionstagare
    .about = FPA hjälper pensionärer att betala boendet.

## Mina uppdrag.
mine-title = Mina uppdrag
mine-none = Du har inga uppdrag ännu.
mine-coming = Kommande
mine-started = Har börjat
mine-waiting = Väntar på godkännande
mine-rejected = Inte godkända
mine-approved = Godkända
mine-coming-help = Du har tagit de här uppdragen. Kom i tid. Tryck på ”{ mine-start }” när du börjar.
mine-started-help = Tryck på ”{ mine-finish }” när arbetet är gjort.
mine-waiting-help = Du behöver inte göra något. Handledaren kontrollerar arbetet.
mine-rejected-help = Du får ingen lön för det här arbetet nu. Läs handledarens meddelande. Prata med handledaren.
mine-approved-help = Arbetet är godkänt. På kortet ser du när du får lönen.
mine-start = Jag har börjat
mine-withdraw = Jag kan inte komma
mine-withdraw-confirm = Vill du avboka uppdraget? Då kan någon annan ta platsen.
mine-withdraw-yes = Ja, avboka
mine-withdraw-no = Nej, jag behåller det
mine-finish = Klart
mine-started-saved = Du har börjat. Det är sparat.
mine-undo-start = Jag har inte börjat ännu
mine-undo-start-saved = Starten är ångrad. Du kan börja senare.
mine-withdrawn-saved = Du har sagt att du inte kan komma. Nu kan någon annan ta platsen.
mine-done-saved = Bra jobbat! Handledaren kontrollerar arbetet snart.
mine-reported = Du sa att arbetet tog { $time }.
mine-approved-pay = Du får { $amount } i lön. Lönen kommer { $date }.
mine-adjusted = Handledaren ändrade arbetstiden till { $time }. Orsak: { $reason }
mine-not-approved = Handledaren godkände inte det här arbetet. Handledaren skrev:
mine-task-cancelled = Uppdraget är inställt. Du får ingen lön för det. Fråga handledaren om ett annat uppdrag.
mine-similar = Du kan också ta de här uppdragen
mine-understood = Jag förstår
mine-unknown-task = Uppdrag

## Klart.
finish-title = Uppdraget är klart
finish-hours = Hur länge arbetade du?
finish-hours-help = Vi trodde att det skulle ta { $time }. Tog det längre eller kortare tid? Ändra tiden med knapparna.
finish-less = Mindre tid
finish-more = Mer tid
finish-note = Meddelande till handledaren. Du kan lämna det tomt.

## Pengar.
money-title = Pengar
money-approved = Godkända löner
money-expected = Löner som kommer
money-month-keep = Du får { $amount } mer pengar tack vare uppdragen. Skatten är inte dragen ännu.
money-limit = { $pension }: dina inkomster i månaden är { $earned }. Gränsen är { $limit }. Du kan tjäna { $left } till.
money-year-so-far = Godkända löner år { $year }: { $amount }.
money-month-none = Du får ingen lön för uppdrag den här månaden.

## Jag.
me-title = Jag
me-language = Språk
language-name-fi = Suomi
language-name-sv = Svenska
me-easy-read = Lättläst
me-text-size = Storlek på texten
me-text-size-normal = Normal
me-text-size-large = Stor
me-text-size-larger = Större
me-text-size-largest = Störst
me-profile-title = Mina uppgifter om stöd
me-profile-saved = Du sparade uppgifterna om stöd { $date }.
me-profile-missing = Du har inte fyllt i uppgifterna om stöd ännu.
me-profile-stays = Dina uppgifter om stöd finns bara på den här enheten. Handledaren ser dem bara om du säger ja.
me-storage-kept = Webbläsaren sparar Keikkas uppgifter i den här enheten.
me-storage-not-kept = Webbläsaren kan ta bort Keikkas uppgifter om minnet i enheten tar slut. Uppdatera när du har nätverk. Då får din handledare också ditt arbete.
me-profile-open = Ändra uppgifterna om stöd
me-consent-title = Får handledaren se dina uppgifter om stöd?
me-consent-explain = Om du säger ja kan handledaren hjälpa dig med frågor om stöd. Du kan ändra dig när du vill.
me-consent-yes = Du sa ja { $date }.
me-consent-no = Du sa nej { $date }.
me-consent-none = Du har inte svarat ännu.
me-consent-device = Svaret kom från enheten ”{ $name }”. Den används sedan { $date } klockan { $time }. Om du inte svarade själv, säg till din handledare.
me-consent-give = Ja, handledaren får se dem
me-consent-withdraw = Ändra till nej
me-consent-given = Du har sagt ja.
me-consent-withdrawn = Du har sagt nej.
me-history-open = Visa arbeten som du har gjort
me-set-aside = { $count ->
    [one] I den här enheten finns en sak som inte har skickats än. En annan person gjorde den, när den personen använde enheten. Den skickas senare. Om den inte skickas, säg till din handledare.
   *[other] I den här enheten finns { $count } saker som inte har skickats än. En annan person gjorde dem, när den personen använde enheten. De skickas senare. Om de inte skickas, säg till din handledare.
}
me-devices-title = Enheter med ditt namn
me-devices-explain = Här är alla enheter som har ditt namn. Känner du igen alla? Om inte, säg genast till din handledare.
me-device-this = Den här enheten: ”{ $name }”, används sedan { $date } klockan { $time }
me-device-active = ”{ $name }”, används sedan { $date } klockan { $time }
me-device-revoked = ”{ $name }”, användes från { $date } klockan { $time }. Används inte sedan { $revoked } klockan { $rtime }.
me-devices-new = Det finns en ny enhet med ditt namn. Titta på sidan Jag. Om det inte var du, säg till din handledare.

## Arbeten som du har gjort.
history-title = Arbeten som du har gjort
history-whose = { $name }, { $unit }
history-none = Du har inga godkända arbeten ännu.
history-total = { $count ->
    [one] 1 arbete
   *[other] { $count } arbeten
}, tillsammans { $time }.
history-date = Dag
history-task = Arbete
history-hours = Tid
history-print = Skriv ut
history-save = Spara som fil
history-save-help = Filen öppnas utan Keikka och utan internet. Du kan visa den för en arbetsgivare.
history-file-name = keikka-utforda-arbeten
history-employer = Arbetsgivare: { $name }
history-file-note = Här är arbetena som handledaren har godkänt. Arbetsintyget får du av arbetsgivaren.
history-file-saved = Sparat från Keikka { $date }.

## Uppgifter om stöd.
profile-title = Mina uppgifter om stöd
profile-intro = Fyll i det här tillsammans med handledaren. Du hittar siffrorna i besluten från FPA och om pensionen.
profile-household = Hushåll
profile-adults = Hur många vuxna bor hemma hos dig?
profile-children = Hur många barn bor hemma hos dig?
profile-tax = Skatteprocent
profile-tax-help = Skatteprocenten står på ditt skattekort. Vet du inte? Lämna tomt.
profile-which = Vilka stöd får du?
profile-which-help = Välj alla stöd som du får nu.
profile-from-decision = Siffran står i beslutet.
profile-housing-costs = Boendeutgifter i månaden
profile-max-housing-costs = Högsta boendeutgifter som FPA godkänner i månaden
profile-other-income = Hushållets andra inkomster i månaden
profile-other-income-help = Till exempel sjukdagpenning eller lön som din partner får. Skriv summan före skatt.
profile-basic-amount = Grunddel i månaden
profile-basic-amount-help = Finns det barn i din familj? Skriv då grunddelen. Den står i FPA:s beslut. Om det inte finns barn kan du lämna det här tomt.
profile-other-expenses = Andra godkända utgifter i månaden
profile-other-net-income = Andra inkomster efter skatt i månaden
profile-other-net-income-help = Skriv inkomster som du inte har skrivit någon annanstans här. Skriv summan efter skatt.
profile-pension-amount = Pension i månaden
profile-established-earnings = Din inkomst före pensionen, i månaden
profile-partial = Delinvalidpension. Det är halva pensionen.
profile-per-day = Arbetsverksamhetspenning för en dag
profile-weekdays = Vilka dagar är du i arbetsverksamhet?
profile-save = Spara
profile-forget = Ta bort uppgifterna om stöd från den här enheten
profile-forget-confirm = Vill du ta bort alla dina uppgifter om stöd? Du får inte tillbaka dem. Om handledaren ser dem, försvinner de också där.
profile-forget-yes = Ja, ta bort
profile-forget-no = Nej, behåll dem
profile-saved = Uppgifterna om stöd är sparade på den här enheten.
profile-forgotten = Uppgifterna om stöd är borttagna.
profile-error-summary = Rätta det som är markerat.
profile-error-count = Skriv en siffra, till exempel 1.
profile-error-adults = Skriv minst 1. Du själv är en vuxen.
profile-error-percent = Skriv en siffra från 0 till 100.
profile-error-required = Vi behöver den här uppgiften.
profile-error-amount = Skriv summan i euro, till exempel 526,45.
profile-error-weekdays = Välj minst en dag.
profile-error-impossible = Vi kan inte räkna med de här uppgifterna. Titta på siffrorna med handledaren.

## Mina uppdrag: inställt och ändrat uppdrag.
mine-no-show-title = Du kunde inte komma
mine-no-show = Handledaren skrev att du inte kunde komma till uppdraget. Det gör inget. Du kan ta ett nytt uppdrag när du är redo.
mine-task-changed = Uppdraget ”{ $title }” har ändrats.
mine-task-changed-open = Se vad som har ändrats
history-feedback = Vad beställaren tyckte om arbetet: { $text }

## Money: pay day, later months, after tax, the figures in use
benefit-labour-market-support = Arbetsmarknadsstöd
    .subject = Ditt arbetsmarknadsstöd
    .mid = ditt arbetsmarknadsstöd
    .about = FPA betalar det här stödet till arbetslösa. Lönen gör stödet mindre.
benefit-general-support = Allmänt stöd
    .subject = Ditt allmänna stöd
    .mid = ditt allmänna stöd
    .about = Stöd till arbetslösa. Lönen gör stödet mindre. Oftast får du ändå mer pengar.
benefit-general-support-formerly = Allmänt stöd är ett stöd från FPA när du söker arbete. Det kom 1.5.2026 i stället för arbetsmarknadsstöd och grunddagpenning. Stödet är lika stort som förut.
benefit-expense-compensation = Kostnadsersättning
    .subject = Din kostnadsersättning
    .mid = din kostnadsersättning
    .about = Pengar för dagarna i arbetsverksamheten, när du får stöd som arbetslös.
benefit-activity-allowance = Verksamhetspenning
    .subject = Din verksamhetspenning
    .mid = din verksamhetspenning
    .about = Pengar för dagarna i arbetsverksamheten, när du får utkomststöd.
figure-group-pensions = Pensioner
    .subject = Dina pensioner
    .mid = dina pensioner
figure-group-pay = Avgifter från lönen
    .subject = Avgifterna från lönen
    .mid = avgifterna från lönen
money-paid-on = Du får lönen troligen { $date }. FPA räknar den som inkomst för { $month }.
money-paid-day-unknown = Vi vet inte när du får lönen. Vi tror att du får den { $month-in }.
money-keep-after-tax = När skatten är betald får du cirka { $amount } mer pengar { $month-in }.
money-later-falls-for = { $benefit }: från och med { $from } får du { $amount } mindre varje månad. Det varar minst { $months } månader.
money-later-falls = { $benefit }: från och med { $from } får du { $amount } mindre varje månad.
money-later-rises = { $benefit }: från och med { $from } får du { $amount } mer varje månad.
warning-rehabilitative-activity-day = { $date } är en dag med arbetsverksamhet. Gör uppdraget efter arbetsverksamheten eller en annan dag. Prata om det med handledaren.
warning-working-time-limit-exceeded = Du arbetar mer än { $hours } timmar den här månaden. Då får du inte allmänt stöd för månaden. Prata med handledaren innan du tar uppdraget.
warning-pension-stops = Dina inkomster går över gränsen tre månader i rad. Gränsen är { $limit }. Därför vilar { $pension-mid } från och med { $from }. Pausen varar minst tre månader. Pensionen slutar inte direkt. Den slutar bara om pausen varar i två år. Prata med handledaren innan du tar uppdraget. Du kan också fråga FPA eller ditt pensionsbolag.
warning-pension-turns-partial = Dina inkomster går över gränsen för full pension. Gränsen är { $limit }. Händer det tre månader kan pensionen bli mindre. Då får du hälften av pensionen. Prata med handledaren.
warning-pension-turns-partial-from = Dina inkomster går över gränsen för full pension i tre månader. Gränsen är { $limit }. Därför kan pensionen bli mindre från och med { $from }. Då får du hälften av pensionen. Prata med handledaren.
warning-figure-not-yet-published = { $benefit }: siffrorna för { $year } finns inte ännu. Vi använder förra årets siffror. Kontrollera resultatet senare med handledaren.
warning-figure-unknown = { $benefit }: vi vet inte alla siffror. Därför räknar vi inte ut det. Fråga handledaren.
warning-profile-figures-missing = { $benefit }: en siffra saknas i dina uppgifter om stöd. Siffran står i beslutet. Lägg till den i uppgifterna om stöd. Handledaren kan hjälpa dig.
warning-tax-percent-unknown = Din skatteprocent saknas. Därför kan siffran för utkomststöd vara för liten. Lägg till skatteprocenten i uppgifterna om stöd. Handledaren kan hjälpa dig.
rule-rehabilitative-compensation = För arbetsverksamhet får du 9 euro per dag. Får du allmänt stöd heter pengarna kostnadsersättning. Tar lönen hela stödet får du ingen kostnadsersättning. Verksamhetspenningen ändras inte av lönen.
figure-employee-contributions = Avgifter som dras av lönen
figure-household-income-in-decision = Hushållets inkomster i beslutet
figure-basic-excess-in-decision = Grundsjälvrisk i beslutet
figure-household-income-revised = Hushållets inkomster efter ändringen
figure-accepted-costs-yearly = Boendeutgifter per år
figure-income-limit-yearly = Inkomstgräns per år
figure-yearly-income-before = Inkomster per år utan uppdrag
figure-yearly-income-in-decision = Inkomster per år i beslutet
figure-compensation-total = Pengar för alla dagar tillsammans
profile-unemployment = Allmänt stöd (förut arbetsmarknadsstöd)
    .about = Stöd till arbetslösa. Lönen gör stödet mindre. Oftast får du ändå mer pengar.
profile-kela-regardless = Enligt beslutet påverkar arbetsinkomster inte min pension
profile-personal-limit = Din egen gräns i månaden
profile-personal-limit-help = Gränsen står i pensionsbeslutet. Hittar du den inte? Lämna tomt.
profile-rehabilitative = Arbetsverksamhet i rehabiliteringssyfte
    .about = Arbetsverksamhet där du får pengar för dagarna du är med.
profile-rehabilitative-weekdays = Vilka dagar är du i arbetsverksamhet i rehabiliteringssyfte?
profile-pensioner-costs = Boendeutgifter i månaden
profile-pensioner-income = Inkomster i månaden före skatt
profile-pensioner-income-help = Alla dina pensioner och andra inkomster. Räkna inte med uppdrag.
profile-pensioner-couple = Jag bor med make, maka eller sambo

money-overall-loss = Räkna med de kommande månaderna också. Då har du cirka { $amount } mindre pengar.
money-overall-keep = Räkna med de kommande månaderna också. Då har du cirka { $amount } mer.

rules-in-use = Siffrorna är från { $date }.

## Money: what is kept, said after tax where the tax percentage is known; the month worked
money-keep-unknown = Vi vet inte hur mycket pengar du får behålla. Fråga handledaren.
money-tax-estimate = Skatten är räknad med din skatteprocent.
money-months-two = { $first } och { $second }
money-benefit-falls-in = { $benefit } blir { $amount } mindre { $month-in }.
money-benefit-rises-in = { $benefit } blir { $amount } större { $month-in }.
money-benefit-unknown-in = Vi vet inte hur { $benefit-mid } ändras { $month-in }. Fråga handledaren.
badge-keep-before-tax = Cirka { $amount } mer pengar före skatt
badge-keep-unknown = Vi vet inte hur mycket du får behålla
money-month-keep-after-tax = När skatten är betald har du cirka { $amount } mer tack vare uppdragen.
money-month-keep-unknown = Vi vet inte hur mycket du får behålla den här månaden. Fråga handledaren.
rule-kela-disability-pension-regardless = Du får pensionen från FPA fast du arbetar. Det står i ditt beslut.
warning-profile-figures-missing-social-assistance = Grundläggande utkomststöd: grunddelen saknas. Den står i FPA:s beslut. Skriv in den i uppgifterna om stöd.
warning-profile-figures-missing-pensioner-housing = Bostadsbidrag för pensionstagare: boendeutgifterna och inkomsterna saknas. De står i beslutet. Skriv in dem i uppgifterna om stöd. Handledaren kan hjälpa dig.

## Money as the supervisor sees it: the participant, not "you"
money-month-keep-staff = Deltagaren får { $amount } mer pengar tack vare uppdragen. Skatten är inte dragen.
money-month-keep-after-tax-staff = När skatten är betald har deltagaren cirka { $amount } mer tack vare uppdragen.
money-month-keep-unknown-staff = Vi vet inte hur mycket deltagaren får behålla den här månaden.
money-limit-staff = { $pension }: deltagarens inkomster i månaden är { $earned }. Gränsen är { $limit }. Kvar är { $left }.
money-month-keep-loss = Du har cirka { $amount } mindre pengar på grund av uppdragen. Prata med handledaren.
money-month-keep-nothing = Du får inga extra pengar av uppdragen den här månaden.
money-month-keep-loss-staff = Deltagaren har cirka { $amount } mindre pengar på grund av uppdragen.
money-month-keep-nothing-staff = Deltagaren får inga extra pengar den här månaden.
money-warnings-to-participant = Deltagaren ser de här anmärkningarna:
reason-not-yet = Dagen för uppdraget har inte kommit ännu. Du kan börja på uppdragets dag.
mine-start-on-the-day = Du kan börja uppdraget { $date }.

## Kommande månader (issue 18)
plan-title = Kommande månader
plan-open = Se kommande månader
plan-open-staff = Kommande månader
plan-intro = Här ser du den här månaden och de två nästa. Du kan prova vad som händer om du tar en uppgift.
plan-intro-staff = Så ser { $name } sina kommande månader. Siffrorna kommer från hens uppgifter om stöd. Du kan prova vad uppgifter skulle göra med hens pengar.
plan-held = Lön för uppdrag som är tagna
plan-what-if = Lön för uppgifter du provar
plan-keep-before-tax = Kvar före skatt
plan-keep-after-tax = Kvar efter skatt
plan-after-title = Senare
plan-try-title = Prova uppgifter
plan-try-help = Välj en uppgift. Då ser du ovan vad den gör med pengarna. Uppgiften är inte din än.
plan-try-none = Just nu finns inga uppgifter att prova.
plan-series = varje { $weekday }, { $count } gånger, första gången { $first }
plan-easy-more = Du får { $amount } mer { $month-in }.
plan-easy-less = Du har { $amount } mindre pengar { $month-in }. Prata med handledaren.
plan-easy-same = Du får inga extra pengar { $month-in }.
plan-easy-unknown = Vi vet inte hur mycket du får { $month-in }. Fråga handledaren.
plan-chart-show = Visa bilden
plan-chart-hide = Dölj bilden
plan-chart-title = Hur mycket som blir kvar { $month-in } när lönen växer
plan-chart-keep-before-tax = Skatten är inte dragen. Det som lönen tar senare är med.
plan-chart-keep-after-tax = Skatten är dragen. Det som lönen tar senare är med.
plan-chart-you = Med de här jobben: lön { $pay }, kvar { $keep }.
plan-chart-marks = A B C D
plan-chart-you-short = de här jobben
plan-limit-pension = { $pension }: gräns { $pay }. En månad över gränsen tar inte pensionen.
plan-limit-housing = { $benefit } kan ändras från och med { $from }. Det kan hända när lönen är { $pay } eller mer.
plan-limit-housing-any = { $benefit } kan ändras från och med { $from }. Redan en liten lön { $month-in } kan ändra det.
plan-limit-falls = { $benefit } blir mindre från och med { $from }. Det händer när lönen är { $pay } eller mer.
plan-table-show = Visa siffrorna som tabell
plan-table-hide = Dölj tabellen
plan-table-pay = Lön
plan-table-keep = Kvar
plan-ahead-over-limit = { $pension }: gång { $week } av uppgiften är { $date }. Då går dina inkomster över gränsen { $month-in }.
plan-ahead-pension-stops = { $pension }: gång { $week } av uppgiften är { $date }. Då är dina inkomster över gränsen tre månader i rad. Du får ingen pension från och med { $from }.
plan-ahead-housing = Gång { $week } av uppgiften är { $date }. Då blir dina inkomster mycket högre. Bostadsbidraget kan ändras från och med { $from }.
plan-easy-no-pay = Du får ingen lön { $month-in }.
plan-intro-staff-pay-only = Här är lönerna som { $name } får. Hen har inte gett lov att visa uppgifter om stöd.
plan-chart-axes = Linjen åt sidan är lönen 0–{ $max }. Linjen uppåt är pengarna som blir kvar: { $lowest } … { $highest }.
plan-limit-pension-rests = { $pension }: gräns { $pay }. Om lönen är högre gör pensionen en paus från och med { $from }. Pausen är minst tre månader.
plan-limit-benefit-ends = { $benefit } tar slut när lönen är { $pay }.
plan-status = Siffrorna ändrades: { $months }
plan-status-month = { $month }: kvar { $keep }.
plan-status-unknown = vi vet inte
plan-status-pay = { $month }: lön { $pay }.
plan-try-help-pay-only = Välj en uppgift. Då ser du ovan hur mycket lön det blir. Uppgiften är inte din än.
plan-clash = Du har ett annat jobb samtidigt: { $task } ({ $when }). Du hinner inte göra båda.

## Read-aloud: the device's own voice reads the screen; the words it says for symbols.
read-aloud-label = Lyssna
read-aloud-start = Lyssna
read-aloud-stop = Sluta
read-aloud-again = Lyssna från början
read-aloud-no-voice = Enheten kan inte tala svenska. Du kan lyssna på finska om du vill.
read-aloud-other-voice = Lyssna på finska
read-aloud-unavailable = Den här enheten kan inte läsa högt.
me-read-aloud = Visa knappen Lyssna
speech-euro-one = euro
speech-euros = euro
speech-percent = procent
speech-minus = minus
speech-to = –

## Today first: a task held today, at the top of the home screen.
today-title = I dag har du ett jobb
today-first-step = Först
