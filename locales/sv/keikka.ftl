# Keikka, svenska (standardspråk).

app-name = Keikka
document-title = { $screen } – Keikka

## Synkronisering: finns saken bara på enheten eller också på servern.
sync-saved-on-phone = Sparat på den här enheten. Skickas när nätet fungerar.
sync-sent = Skickat.
sync-last = Senast uppdaterat kl. { $time }.
sync-last-day = Senast uppdaterat { $date } kl. { $time }.
sync-never = Uppgifterna har inte uppdaterats ännu.
sync-offline = Ingen nätförbindelse. Allt du gjort finns sparat på den här enheten.
sync-offline-nothing-waiting = Ingen nätförbindelse. Du ser uppgifterna som de var vid den senaste uppdateringen.
needs-network = Ingen nätförbindelse. Det här kräver nätet, och inget sparades. Försök igen när förbindelsen fungerar.
sync-server-error = Servern svarade inte. Dina uppgifter är sparade. Försök igen senare.
sync-daily-limit = Den här enheten har skickat väldigt många ändringar i dag. Dina uppgifter är sparade på den här enheten. De skickas senare av sig själva. Om det händer igen, säg till din handledare.
sync-too-many-created = Från den här enheten har det i dag gjorts väldigt många grupper, deltagare eller koder. Det här sparades inte. Försök igen i morgon.
sync-too-many-requests = Den här enheten har kontaktat servern väldigt ofta. Dina uppgifter är sparade. Försök igen om en minut.
sync-conflict = Den här ändringen kanske inte går igenom längre. Den skickas ändå, och du ser snart om den gick igenom.

## Koppla enheten med en engångskod.
pairing-invalid-code = Koden fungerar inte. Kontrollera koden eller be handledaren om en ny.
pairing-too-many-attempts = Koden kan inte prövas nu, eftersom det har kommit för många försök. Vänta högst 15 minuter och försök sedan igen.
# A supervisor's device in the participant's web build: it opens the supervisor's app.
staff-app-title = Handledarens app
staff-app-text = Den här enheten tillhör en handledare. Handledarens vyer öppnas på en egen sida.
staff-app-open = Öppna handledarens app
pairing-revoked = Den här enheten har tagits ur bruk. Be handledaren om en ny kod.

## Varför servern inte godkände ändringen (koder från DomainError i keikka-core).
reason-task-full = Någon annan hann boka den sista platsen. Det är inte ditt fel. Se andra lediga uppdrag.
reason-task-not-open = Det här uppdraget kan inte bokas längre. Det är inställt eller tiden har gått ut.
reason-already-claimed = Du har redan bokat det här uppdraget.
reason-not-found = Uppgiften hittades inte. Den kan ha tagits bort.
reason-forbidden = Du har inte rätt att göra det här.
reason-invalid-transition = Det här steget går inte att göra nu. Kontrollera uppdragets status.
reason-already-decided = Det här är redan avgjort.
reason-id-in-use = Samma uppgift är redan sparad.
reason-invalid-input = Någon uppgift saknas eller är fel. Kontrollera fälten.

## Allmänt.
back = Tillbaka
notice-close = Stäng
error-storage = Uppgifterna kunde inte läsas eller sparas på den här enheten. Stäng appen Keikka och öppna den igen. Om det här upprepas, berätta det för handledaren.
error-storage-full = Telefonens minne är fullt, så det här sparades inte. Allt som sparats tidigare finns kvar. Frigör utrymme, till exempel genom att ta bort bilder eller appar, och försök sedan igen.
error-cannot-open = Appen Keikka kan inte spara uppgifter på den här enheten. Pröva en annan webbläsare eller berätta för handledaren.
open-elsewhere = Keikka är redan öppen i en annan flik eller ett annat fönster. Använd den. När du stänger den fortsätter Keikka här.
read-only-here = Keikka är öppen också i en annan flik eller ett annat fönster. Här kan du bara titta. När du stänger den andra fortsätter Keikka här.
read-only-elsewhere = Det här sparades inte, eftersom Keikka är öppen också i en annan flik eller ett annat fönster. Gör det där, eller stäng den, så fortsätter Keikka här.
open-newer = Den här enheten har redan en nyare Keikka. Ladda om sidan så öppnas den. Dina uppgifter finns kvar.
open-newer-reload = Ladda om
update-ready = Det finns en ny version av Keikka. Den tas i bruk nästa gång du lämnar appen. Allt som är sparat finns kvar.
update-take = Ta i bruk den nya versionen nu
sync-update = Uppdatera
sync-updating = Uppdaterar…
sync-done = Uppgifterna har uppdaterats.
sync-refused = Alla ändringar gick inte igenom. Se Mina uppdrag.
sync-pending = { $count ->
    [one] 1 sak väntar på att skickas.
   *[other] { $count } saker väntar på att skickas.
}

## Belopp, dagar och tider. $amount är ett färdigt formaterat tal.
money = { $amount } €
date = { $weekday } { $day }
task-when = { $date } kl. { $start }–{ $end }
task-when-days = { $date } kl. { $start } – { $end-date } kl. { $end }
month-name = { $month } { $year }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
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
nav-label = Huvudmeny
nav-tasks = Uppdrag
nav-my-tasks = Mina uppdrag
nav-money = Pengar
nav-me = Jag

## Koppla enheten.
pairing-title = Välkommen till appen Keikka
pairing-intro = Du får en engångskod av handledaren. Skriv in den här. Du behöver inget lösenord.
pairing-code-label = Engångskod
pairing-code-help = Koden finns på ett papper eller på handledarens skärm. Det spelar ingen roll om du skriver med stora eller små bokstäver.
pairing-server-label = Serverns adress
pairing-submit = Börja
pairing-busy = Ansluter…
pairing-code-missing = Skriv in koden som du fått av handledaren.
pairing-device-name = Deltagarens enhet
pairing-done = Klart. Nu ser du uppdragen i din verksamhetsenhet.

## Lediga uppdrag.
tasks-title = Lediga uppdrag
tasks-today = I dag
tasks-this-week = Den här veckan
tasks-later = Senare
tasks-none = Just nu finns det inga lediga uppdrag. Titta igen senare eller fråga handledaren.
tasks-profile-nudge = Fyll i dina förmånsuppgifter, så ser du i varje uppdrag hur mycket pengar du får kvar.
tasks-show-more = Visa fler ({ $count })
task-pay-line = Lön cirka { $pay }
task-pay-line-fixed = Lön { $pay }
task-seats-left = { $count ->
    [one] 1 plats ledig
   *[other] { $count } platser lediga
}
badge-keep = Cirka { $amount } mer pengar
badge-keep-loss = Cirka { $amount } mindre pengar
badge-keep-nothing = Inga extra pengar, men du får arbetserfarenhet
badge-check = – läs anmärkningarna

## Ett uppdrag.
task-when-label = När
task-place-label = Var
task-time-label = Beräknad arbetstid
task-time-with-breaks = { $work } arbete och { $breaks } pauser
task-pay-label = Lön
task-pay-hourly = { $rate } i timmen, uppskattningsvis { $pay }
task-pay-fixed = { $pay } för hela uppdraget
task-contract-label = Avtal
contract-employment = Arbetsavtal
contract-commission = Uppdragsavtal
task-instructor-label = Handledare på plats
task-seats-label = Platser
task-steps-title = Så här går uppdraget till
task-money-title = Så påverkar uppdraget dina pengar { $month-in }
task-take = Jag tar det här uppdraget
task-taken = Du tog uppdraget. Det är sparat på den här enheten, och platsen är säker när det har skickats till servern.
task-confirmed = Platsen är bekräftad. Uppdraget är ditt.
task-is-yours = Det här uppdraget är ditt.
task-not-available = Det här uppdraget går inte att ta nu.
task-gone = Det här uppdraget finns inte längre på den här enheten.

## Vad uppdraget betyder i pengar.
money-earn = Du tjänar { $amount }.
money-earn-about = Du tjänar ungefär { $amount }.
money-benefit-falls = { $benefit } minskar med { $amount }.
money-benefit-rises = { $benefit } ökar med { $amount }.
money-benefit-same = { $benefit } ändras inte.
money-benefit-unknown = Vi kan inte säga hur { $benefit-mid } ändras. Fråga handledaren.
money-keep = Efter avgifterna på lönen, men före skatt, har du { $amount } mer pengar { $month-in }.
money-keep-nothing = Du får inga extra pengar av det här arbetet, eftersom dina stöd minskar lika mycket. Men du får arbetserfarenhet, och det godkända arbetet syns i intyget över utförda uppdrag.
money-keep-loss = Du skulle ha cirka { $amount } mindre pengar { $month-in } än utan uppdraget. Prata med handledaren innan du tar uppdraget.
money-talk-to-supervisor = Prata med handledaren innan du bestämmer dig.
money-before-tax = Skatten är inte med. När du skriver in din skatteprocent i förmånsuppgifterna ser du hur mycket du får behålla.
money-cannot-say = Vi kan inte räkna ut vad det här gör med dina pengar just nu. Fråga handledaren.
money-unpriced = { $count ->
    [one] Lönen för ett uppdrag saknas i beräkningen, eftersom uppgifterna inte finns på den här enheten. Uppdatera.
   *[other] Lönen för { $count } uppdrag saknas i beräkningen, eftersom uppgifterna inte finns på den här enheten. Uppdatera.
}
money-no-profile = Fyll i dina förmånsuppgifter, så ser du hur mycket du får behålla.
money-fill-profile = Fyll i förmånsuppgifterna
money-estimate = Siffrorna är en uppskattning. Det är alltid den som betalar stödet som beslutar, till exempel FPA.

## Varningar.
warning-same-day-work-activity-pay = Du har lönearbete { $date }. Därför får du inte arbetsverksamhetspenning för den dagen. Berätta för handledaren att du är på uppdrag då.
warning-commission-contract-unemployment = Det här uppdraget görs med uppdragsavtal, inte med arbetsavtal. I arbetslöshetsskyddet räknas sådant arbete som företagsverksamhet, fast du inte har något företag. Det kan påverka ditt allmänna stöd (tidigare arbetsmarknadsstöd). Prata med handledaren innan du tar uppdraget. Handledaren hjälper dig att reda ut vad du ska meddela FPA.
warning-pension-earnings-limit-exceeded = { $count ->
    [1] Den här månaden överskrider dina inkomster inkomstgränsen { $limit }. En månad avbryter inte pensionen. Om gränsen överskrids tre månader i följd kan { $pension-mid } lämnas vilande: den betalas då inte på minst tre månader. Pensionen upphör ändå inte. Prata med handledaren om du tänker arbeta också de följande månaderna.
   *[other] Dina inkomster har överskridit inkomstgränsen { $limit } { $count } månader i följd. Om gränsen överskrids tre månader i följd kan { $pension-mid } lämnas vilande: den betalas då inte på minst tre månader. Pensionen upphör ändå inte. Prata med handledaren innan du tar uppdraget.
}
warning-pension-earnings-limit-near = Dina inkomster ligger nära inkomstgränsen { $limit }. En månad över gränsen avbryter inte pensionen. Om gränsen överskrids tre månader i följd kan { $pension-mid } lämnas vilande. Prata med handledaren om du tänker arbeta flera månader i följd.
warning-housing-allowance-revision = Dina inkomster ökar varaktigt så mycket att { $benefit-mid } ska justeras. Bidraget skulle ändras från och med { $from }. Ansök själv om justering i MittFPA, fast FPA får uppgifterna om lönen från inkomstregistret. När du ansöker genast betalas bidraget till rätt belopp. Handledaren kan hjälpa dig med ansökan.
warning-housing-allowance-annual-check = Ett enstaka uppdrag eller en liten inkomstökning ändrar inte bostadsbidraget nu, och du behöver inte meddela den direkt. FPA skickar dig ett brev före årsjusteringen. Uppge då alla dina inkomster, också lönerna för uppdragen. Handledaren kan hjälpa dig.
warning-rule-unverified = { $benefit }: en av siffrorna som används är inte kontrollerad ännu. Kontrollera resultatet med handledaren.

## Varför?
why-button = Varför?
why-without-work = Utan uppdrag
why-with-work = Med uppdrag
why-without-task = Utan det här uppdraget
why-with-task = Med det här uppdraget
why-change = Ändring
why-lands-in = Ändringen syns
why-status = Hur säker siffran är
why-status-verified = Kontrollerad
why-status-verify = Uppskattning: en siffra är ännu inte kontrollerad mot en officiell källa. Fråga handledaren om summan är viktig för dig.
why-status-unknown = Inte känd
why-unknown = inte känt
why-figures = Siffror
why-sources = Källor
why-source-line = { $publisher }, { $date }
why-source-undated = { $publisher }, webbsida
why-sources-easy-kela = Siffrorna kommer från FPA.
why-sources-easy-mixed = Siffrorna kommer från FPA och andra officiella källor.
why-source-own = Keikkas egen beräkning utifrån publicerade siffror (inte en siffra från en myndighet)
publisher-kela = FPA
publisher-parliament = Riksdagen
publisher-finlex = Finlex (lagtexter)
publisher-unemployment-fund = Arbetslöshetskassa
publisher-thl = THL
publisher-pension-provider = Arbetspensionsbolag
publisher-labour-market-organisations = Arbetsmarknadsorganisationerna
publisher-municipality = Stadens meddelande
publisher-press = Nyhet
publisher-other = Annan offentlig källa
why-whole-month = Siffrorna är hela månadens stöd utan det här uppdraget och med det. Förändringen är densamma som ovan.
why-with-other-pay = Siffrorna är hela månadens stöd. I dem ingår redan din övriga lön { $month-in }, { $amount }: uppdrag som du redan har tagit eller gjort. Förändringen gäller bara det här uppdraget, densamma som ovan.
why-keep-title = Så räknas summan ut
why-keep-pay = Lön
why-keep-benefits = Förändring i stöden
why-keep-contributions = Avgifter som dras av lönen
why-keep-tax = Skatt på lönen och på förändringen i stöden
why-keep-result = Du har kvar
why-keep-result-before-tax = Du har kvar före skatt
rule-unemployment-basic = Varje löneeuro som betalas ut under månaden minskar det allmänna stödet (tidigare arbetsmarknadsstöd) med 50 cent. Det skyddade beloppet har inte funnits sedan 1.4.2024. Om arbetstiden överstiger 80 % av heltid betalas inget stöd för månaden.
rule-kela-disability-pension = Sjukpensionen från FPA lämnas vilande om dina arbetsinkomster före skatt överskrider inkomstgränsen tre månader i följd. Den betalas då inte på minst tre månader. När inkomsterna är under gränsen igen kan utbetalningen fortsätta utan en ny bedömning av arbetsförmågan. Pensionen upphör först om utbetalningen har varit avbruten i två år och arbetet fortsätter.
rule-earnings-related-disability-pension = För full invalidpension är gränsen 40 % av din stabiliserade inkomst före pensionen och för delinvalidpension 60 %, alltid minst FPA:s inkomstgräns. Din egen gräns står i pensionsbeslutet. Överskrids gränsen tre månader i följd kan pensionen lämnas vilande eller ändras till delinvalidpension.
rule-work-activity-pay = Arbetsverksamhetspenning betalas inte för en dag då du har lönearbete.
rule-housing-general = Bostadsbidraget är 70 % av de godtagbara boendeutgifterna efter grundsjälvrisken. Grundsjälvrisken ökar med inkomsterna. Bidraget justeras när du ansöker och de varaktiga inkomsterna ökar med minst 400 euro eller minskar med 200 euro i månaden. Lönen för ett enstaka uppdrag är ingen varaktig ändring.
rule-social-assistance = Det grundläggande utkomststödet räknas ut sist. Alla nettoinkomster, också andra förmåner efter skatt, dras av från de godtagbara utgifterna. Från och med mars 2026 minskar lönen stödet euro för euro.
rule-pensioner-housing = Bostadsbidraget för pensionstagare är 85 % av de godtagbara boendeutgifterna efter självriskerna. Självrisken ökar när årsinkomsterna överskrider inkomstgränsen. FPA justerar bidraget vartannat år och dessutom när du ansöker om justering efter att årsinkomsterna har ändrats. Siffrorna är inte kontrollerade ännu.
figure-accepted-costs = Godtagbara boendeutgifter
figure-basic-amount = Grunddel
figure-basic-excess-before = Grundsjälvrisk utan uppdrag
figure-days-in-month-total = Arbetsverksamhetspenning för dagarna sammanlagt
figure-earned-income-disregard = Förvärvsinkomstavdrag
figure-earnings-limit = Inkomstgräns
figure-established-earnings = Stabiliserad inkomst före pensionen
figure-full-month = Hel månad
figure-per-day = Per dag
figure-protected-amount-applied = Skyddat belopp som använts
figure-reduction = Minskning
figure-wages-paid-this-month = Lön som betalats ut under månaden
figure-income-limit = Inkomstgräns
figure-household-income-before = Hushållets inkomster utan uppdrag
figure-expenses = Utgifter
figure-net-wages = Nettolön
figure-net-income-before = Nettoinkomster utan uppdrag
figure-net-income-with-work = Nettoinkomster med uppdrag

## Förmånernas namn.
benefit-kela-disability-pension = Sjukpension från FPA (folkpension)
    .subject = FPA:s sjukpension
    .mid = FPA:s sjukpension
    .about = FPA:s pension när du på grund av sjukdom eller skada inte kan arbeta som vanligt.
benefit-earnings-related-disability-pension = Invalidpension (arbetspension)
    .subject = Invalidpensionen
    .mid = invalidpensionen
    .about = Pension från ditt tidigare arbete när din arbetsförmåga är nedsatt. Den betalas av ett pensionsbolag eller Keva.
benefit-work-activity-pay = Arbetsverksamhetspenning
    .subject = Arbetsverksamhetspenningen
    .mid = arbetsverksamhetspenningen
    .about = Pengar som du får för att delta i arbetsverksamhet för personer med funktionsnedsättning.
benefit-housing-general = Allmänt bostadsbidrag
    .subject = Det allmänna bostadsbidraget
    .mid = det allmänna bostadsbidraget
    .about = FPA:s stöd för boendekostnader när hushållets inkomster är små.
benefit-social-assistance = Grundläggande utkomststöd
    .subject = Det grundläggande utkomststödet
    .mid = det grundläggande utkomststödet
    .about = FPA:s stöd i sista hand, när andra inkomster inte räcker till nödvändiga utgifter.
benefit-pensioner-housing = Bostadsbidrag för pensionstagare
    .subject = Bostadsbidraget för pensionstagare
    .mid = bostadsbidraget för pensionstagare
    .about = FPA:s stöd för pensionstagares boendekostnader.

## Mina uppdrag.
mine-title = Mina uppdrag
mine-none = Du har inga uppdrag ännu.
mine-coming = Kommande
mine-started = Påbörjade
mine-waiting = Väntar på godkännande
mine-rejected = Inte godkända
mine-approved = Godkända
mine-coming-help = De här uppdragen har du tagit. Kom i tid och tryck på ”{ mine-start }” när du börjar.
mine-started-help = Tryck på ”{ mine-finish }” när arbetet är gjort.
mine-waiting-help = Du behöver inte göra något. Handledaren kontrollerar arbetet och godkänner det.
mine-rejected-help = För det här arbetet betalas ingen lön nu. Läs handledarens meddelande och prata med handledaren.
mine-approved-help = Arbetet är godkänt. Lönen betalas den dag som står på kortet.
mine-start = Jag har börjat
mine-withdraw = Jag kan inte komma
mine-withdraw-confirm = Vill du avboka uppdraget? Då blir din plats ledig för andra.
mine-withdraw-yes = Ja, avboka
mine-withdraw-no = Nej, jag behåller uppdraget
mine-finish = Klart
mine-started-saved = Du har markerat att du har börjat.
mine-undo-start = Jag har inte börjat ännu
mine-undo-start-saved = Starten är ångrad. Du kan börja igen när du är på plats.
mine-withdrawn-saved = Du avbokade uppdraget. Platsen blir ledig för andra.
mine-done-saved = Bra jobbat! Handledaren kontrollerar arbetet snart.
mine-reported = Du angav { $time } som arbetstid.
mine-approved-pay = Lönen { $amount } betalas { $date }.
mine-adjusted = Handledaren ändrade arbetstiden till { $time }: { $reason }
mine-not-approved = Handledaren godkände inte det här arbetet. Handledaren skrev:
mine-task-cancelled = Det här uppdraget är inställt. Ingen lön betalas för det. Fråga handledaren om andra uppdrag.
mine-similar = Du kan fortfarande ta de här uppdragen
mine-understood = Okej
mine-unknown-task = Uppdrag

## Klart-formuläret.
finish-title = Uppdraget är klart
finish-hours = Hur länge arbetade du?
finish-hours-help = Uppskattningen var { $time }. Ändra tiden med knapparna om det blev annorlunda.
finish-less = Mindre tid
finish-more = Mer tid
finish-note = Meddelande till handledaren (du kan lämna det tomt)

## Pengar.
money-title = Pengar
money-approved = Godkända löner
money-expected = Kommande löner
money-month-keep = Efter avgifterna på lönen, men före skatt, har du { $amount } mer pengar tack vare uppdragen.
money-limit = { $pension }: dina inkomster för månaden är { $earned }. Gränsen är { $limit }. Du kan tjäna { $left } till.
money-year-so-far = Godkända löner år { $year }: { $amount }.
money-month-none = Ingen lön för uppdrag betalas den här månaden.

## Jag.
me-title = Jag
me-language = Språk
language-name-fi = Suomi
language-name-sv = Svenska
me-easy-read = Lättläst
me-text-size = Textstorlek
me-text-size-normal = Normal
me-text-size-large = Stor
me-text-size-larger = Större
me-text-size-largest = Störst
me-profile-title = Mina förmånsuppgifter
me-profile-saved = Förmånsuppgifterna sparades { $date }.
me-profile-missing = Du har inte fyllt i förmånsuppgifterna ännu.
me-profile-stays = Dina förmånsuppgifter finns bara på den här enheten, om du inte ger handledaren tillstånd att se dem.
me-storage-kept = Webbläsaren har lovat att spara Keikkas uppgifter på den här enheten, även om utrymmet blir litet.
me-storage-not-kept = Webbläsaren kan ta bort Keikkas uppgifter om enhetens utrymme tar slut. Uppdatera därför när du har nätverk: då finns ditt arbete också på servern.
me-profile-open = Ändra förmånsuppgifterna
me-consent-title = Får handledaren se dina förmånsuppgifter?
me-consent-explain = Om du ger ditt tillstånd kan handledaren hjälpa dig med frågor om förmåner. Du kan återta tillståndet när som helst.
me-consent-yes = Du gav tillstånd { $date }.
me-consent-no = Du gav inte tillstånd. Du svarade { $date }.
me-consent-none = Du har inte svarat ännu.
me-consent-device = Svaret gavs på enheten ”{ $name }” (i bruk sedan { $date } kl. { $time }). Om du inte svarade själv, säg till din handledare.
me-consent-give = Jag ger tillstånd
me-consent-withdraw = Återta tillståndet
me-consent-given = Du har gett tillstånd.
me-consent-withdrawn = Du har återtagit tillståndet.
me-history-open = Visa utförda arbeten
me-set-aside = { $count ->
    [one] På den här enheten finns en ändring som inte har skickats, från när enheten användes av en annan person. Den skickas i den personens namn när det går. Om den inte skickas, säg till din handledare.
   *[other] På den här enheten finns { $count } ändringar som inte har skickats, från när enheten användes av en annan person. De skickas i den personens namn när det går. Om de inte skickas, säg till din handledare.
}
me-devices-title = Enheter som kan användas i ditt namn
me-devices-explain = Här är alla enheter som har tagits i bruk i ditt namn. Om du inte känner igen någon av dem, säg genast till din handledare.
me-device-this = Den här enheten: ”{ $name }”, i bruk sedan { $date } kl. { $time }
me-device-active = ”{ $name }”, i bruk sedan { $date } kl. { $time }
me-device-revoked = ”{ $name }”, i bruk från { $date } kl. { $time }, togs ur bruk { $revoked } kl. { $rtime }
me-devices-new = En ny enhet har tagits i bruk i ditt namn. Du ser den på sidan Jag. Om det inte var du, säg till din handledare.

## Utförda arbeten.
history-title = Utförda arbeten
history-whose = { $name }, { $unit }
history-none = Du har inga godkända arbeten ännu.
history-total = { $count ->
    [one] 1 arbete
   *[other] { $count } arbeten
}, sammanlagt { $time }.
history-date = Dag
history-task = Arbete
history-hours = Tid
history-print = Skriv ut
history-save = Spara som fil
history-save-help = Filen öppnas i vilken webbläsare som helst, utan Keikka och utan internet. Du kan visa den för en arbetsgivare.
history-file-name = keikka-utforda-arbeten
history-employer = Arbetsgivare: { $name }
history-file-note = Här är de arbeten som handledaren har godkänt i appen Keikka. Arbetsintyget ges av arbetsgivaren.
history-file-saved = Sparat från Keikka { $date }.

## Formuläret för förmånsuppgifter.
profile-title = Mina förmånsuppgifter
profile-intro = Fyll i de här tillsammans med handledaren. Du hittar siffrorna i FPA:s beslut och i pensionsbesluten.
profile-household = Hushåll
profile-adults = Vuxna i hushållet
profile-children = Barn i hushållet
profile-tax = Skatteprocent
profile-tax-help = Du hittar den på skattekortet. Lämna tomt om du inte vet.
profile-which = Vilka förmåner får du?
profile-which-help = Välj alla som du får nu.
profile-from-decision = Siffran står i beslutet.
profile-housing-costs = Boendeutgifter per månad
profile-max-housing-costs = Maximala boendeutgifter per månad
profile-other-income = Hushållets övriga inkomster per månad
profile-other-income-help = Till exempel sjukdagpenning eller partnerns lön före skatt.
profile-basic-amount = Grunddel per månad
profile-basic-amount-help = Om det finns barn i din familj, skriv grunddelen från FPA:s beslut. Annars kan du lämna tomt, så använder vi FPA:s allmänna grunddel.
profile-other-expenses = Övriga godtagbara utgifter per månad
profile-other-net-income = Övriga nettoinkomster per månad
profile-other-net-income-help = Inkomster efter skatt som inte finns någon annanstans i det här formuläret.
profile-pension-amount = Pension per månad
profile-established-earnings = Stabiliserad inkomst före pensionen, per månad
profile-partial = Delinvalidpension
profile-per-day = Arbetsverksamhetspenning per dag
profile-weekdays = Vilka dagar är du i arbetsverksamhet?
profile-save = Spara
profile-forget = Radera förmånsuppgifterna från den här enheten
profile-forget-confirm = Vill du radera alla dina förmånsuppgifter från den här enheten? De kan inte återställas. Om handledaren ser dina uppgifter raderas de också hos handledaren.
profile-forget-yes = Ja, radera
profile-forget-no = Nej, behåll uppgifterna
profile-saved = Förmånsuppgifterna har sparats på den här enheten.
profile-forgotten = Förmånsuppgifterna har raderats.
profile-error-summary = Rätta de markerade punkterna.
profile-error-count = Skriv ett tal, till exempel 1.
profile-error-adults = Skriv minst 1. Du själv är en vuxen.
profile-error-percent = Skriv en procentsats mellan 0 och 100.
profile-error-required = Den här uppgiften behövs.
profile-error-amount = Skriv beloppet i euro, till exempel 526,45.
profile-error-weekdays = Välj minst en dag.
profile-error-impossible = Det går inte att räkna med de här uppgifterna. Kontrollera siffrorna med handledaren.

## Mina uppdrag: inställt och ändrat uppdrag.
mine-no-show-title = Du kunde inte komma
mine-no-show = Handledaren antecknade att du inte kunde komma till det här uppdraget. Det gör ingenting. Du kan ta ett nytt uppdrag när du är redo.
mine-task-changed = Uppgifterna för uppdraget ”{ $title }” har ändrats.
mine-task-changed-open = Se de nya uppgifterna
history-feedback = Respons från beställaren: { $text }

## Money: pay day, later months, after tax, the figures in use
benefit-labour-market-support = Arbetsmarknadsstöd
    .subject = Arbetsmarknadsstödet
    .mid = arbetsmarknadsstödet
    .about = FPA:s stöd för arbetslösa som inte får inkomstrelaterad dagpenning. Lönen minskar det.
benefit-general-support = Allmänt stöd
    .subject = Det allmänna stödet
    .mid = det allmänna stödet
    .about = Grundstödet för arbetslösa. Lönen minskar det, men med lönen har du oftast mer pengar.
benefit-general-support-formerly = Allmänt stöd ersatte arbetsmarknadsstödet och grunddagpenningen 1.5.2026. Beloppet och hur lönen påverkar stödet är desamma.
benefit-expense-compensation = Kostnadsersättning
    .subject = Kostnadsersättningen
    .mid = kostnadsersättningen
    .about = Pengar för dagarna i arbetsverksamhet i rehabiliteringssyfte, när du får arbetslöshetsförmån.
benefit-activity-allowance = Verksamhetspenning
    .subject = Verksamhetspenningen
    .mid = verksamhetspenningen
    .about = Pengar för dagarna i arbetsverksamhet i rehabiliteringssyfte, när du får utkomststöd.
figure-group-pensions = Sjuk- och invalidpensioner
    .subject = Sjuk- och invalidpensionerna
    .mid = sjuk- och invalidpensionerna
figure-group-pay = Avgifter som dras av lönen
    .subject = Avgifterna som dras av lönen
    .mid = avgifterna som dras av lönen
money-paid-on = Lönen betalas troligen { $date }. Den räknas som inkomst för { $month }.
money-paid-day-unknown = Din verksamhetsenhet har inte berättat när den betalar lönerna. Vi antar att lönen betalas samma månad som du arbetar, alltså { $month-in }.
money-keep-after-tax = Efter skatt och avgifter på lönen har du cirka { $amount } mer pengar { $month-in }.
money-later-falls-for = { $benefit }: från och med { $from } { $amount } mindre i månaden, i minst { $months } månader.
money-later-falls = { $benefit }: från och med { $from } { $amount } mindre i månaden.
money-later-rises = { $benefit }: från och med { $from } { $amount } mer i månaden.
warning-rehabilitative-activity-day = { $date } är en dag med arbetsverksamhet i rehabiliteringssyfte. Lönearbetet ska ligga utanför verksamhetens tider. Dagen kan flyttas inom samma vecka. Kom överens om det med handledaren.
warning-working-time-limit-exceeded = Du arbetar mer än { $hours } timmar den här månaden. Det är över 80 % av heltid, så allmänt stöd betalas inte för månaden. Om heltiden är kortare i din bransch är gränsen lägre. Prata med handledaren innan du tar uppdraget.
warning-pension-stops = Dina inkomster överskrider inkomstgränsen { $limit } tre månader i följd. Därför lämnas { $pension-mid } vilande från och med { $from }: den betalas inte på minst tre månader. Pensionen upphör inte. När inkomsterna är under gränsen igen kan utbetalningen fortsätta utan en ny bedömning av arbetsförmågan. Prata med handledaren innan du tar uppdraget. Du kan också fråga den som betalar din pension (FPA eller pensionsbolaget).
warning-pension-turns-partial = Dina inkomster överskrider gränsen för full invalidpension, { $limit }. Sker det tre månader i följd kan pensionen ändras till delinvalidpension, som är hälften av full pension. Prata med handledaren.
warning-pension-turns-partial-from = Dina inkomster överskrider gränsen för full invalidpension, { $limit }, tre månader i följd. Därför kan pensionen ändras till delinvalidpension från och med { $from }, och du får hälften av full pension. Prata med handledaren innan du tar uppdraget.
warning-figure-not-yet-published = { $benefit }: siffrorna för { $year } har inte publicerats ännu. Vi använder föregående års siffror. Kontrollera resultatet med handledaren när de nya siffrorna kommer.
warning-figure-unknown = { $benefit }: vi vet inte alla siffror för den här månaden, så vi räknar inte ut det. Fråga handledaren.
warning-profile-figures-missing = { $benefit }: en siffra från beslutet saknas i dina förmånsuppgifter. Lägg till den, så kan vi räkna. Handledaren kan hjälpa dig.
warning-tax-percent-unknown = Din skatteprocent saknas. Därför är utkomststödet uträknat som om ingen skatt drogs av lön och stöd. Lägg till skatteprocenten i dina förmånsuppgifter. Procenten står på ditt skattekort, och handledaren kan hjälpa dig.
rule-rehabilitative-compensation = För arbetsverksamhet i rehabiliteringssyfte får du 9 euro per dag. Kostnadsersättningen betalas med det allmänna stödet, också när stödet är jämkat. Om lönen tar hela stödet betalas ingen kostnadsersättning. Verksamhetspenningen för den som får utkomststöd ändras inte av lönen.
figure-employee-contributions = Pensions- och arbetslöshetsförsäkringsavgifter som dras av lönen
figure-household-income-in-decision = Hushållets inkomster i beslutet som gäller
figure-basic-excess-in-decision = Grundsjälvrisk i beslutet som gäller
figure-household-income-revised = Hushållets inkomster efter justeringen
figure-accepted-costs-yearly = Godtagbara boendeutgifter per år
figure-income-limit-yearly = Inkomstgräns per år
figure-yearly-income-before = Årsinkomster utan uppdrag
figure-yearly-income-in-decision = Årsinkomster i beslutet som gäller
figure-compensation-total = Ersättning för dagarna sammanlagt
profile-unemployment = Allmänt stöd (tidigare arbetsmarknadsstöd eller grunddagpenning)
    .about = Grundstödet för arbetslösa. Lönen minskar det, men med lönen har du oftast mer pengar.
profile-kela-regardless = Enligt beslutet påverkar arbetsinkomster inte min pension
profile-personal-limit = Din egen inkomstgräns per månad
profile-personal-limit-help = Om pensionsbeslutet har ett eurobelopp, skriv det. Annars lämnar du fältet tomt.
profile-rehabilitative = Arbetsverksamhet i rehabiliteringssyfte (kostnadsersättning eller verksamhetspenning)
    .about = Arbetsverksamhet där du får kostnadsersättning eller verksamhetspenning.
profile-rehabilitative-weekdays = Vilka dagar är du i arbetsverksamhet i rehabiliteringssyfte?
profile-pensioner-costs = Godtagbara boendeutgifter per månad
profile-pensioner-income = Inkomster per månad före skatt
profile-pensioner-income-help = Alla dina pensioner och andra inkomster som beslutet räknar med. Inte uppdrag.
profile-pensioner-couple = Jag bor med make, maka eller sambo

money-overall-loss = När de senare månaderna räknas med har du sammanlagt cirka { $amount } mindre pengar.
money-overall-keep = När de senare månaderna räknas med har du sammanlagt cirka { $amount } mer.

rules-in-use = Beräkningens siffror uppdaterade { $date }.

## Money: what is kept, said after tax where the tax percentage is known; the month worked
money-keep-unknown = Vi kan inte säga hur mycket du får behålla av det här arbetet. Fråga handledaren.
money-tax-estimate = Skatten är räknad med din skatteprocent.
money-months-two = { $first } och { $second }
money-benefit-falls-in = { $benefit } minskar med { $amount } { $month-in }.
money-benefit-rises-in = { $benefit } ökar med { $amount } { $month-in }.
money-benefit-unknown-in = Vi kan inte säga hur { $benefit-mid } ändras { $month-in }. Fråga handledaren.
badge-keep-before-tax = Cirka { $amount } mer pengar före skatt
badge-keep-unknown = Vi kan inte säga hur mycket du får behålla
money-month-keep-after-tax = Efter skatt och avgifter på lönen har du cirka { $amount } mer pengar tack vare uppdragen.
money-month-keep-unknown = Vi kan inte säga hur mycket du får behålla av uppdragen den här månaden. Fråga handledaren.
rule-kela-disability-pension-regardless = Enligt ditt beslut betalas sjukpensionen från FPA oberoende av inkomster. Arbete avbryter den inte.
warning-profile-figures-missing-social-assistance = Grundläggande utkomststöd: din familjs grunddel saknas. Skriv in den från FPA:s beslut i förmånsuppgifterna, så kan vi räkna.
warning-profile-figures-missing-pensioner-housing = Bostadsbidrag för pensionstagare: boendeutgifterna och inkomsterna i beslutet saknas. Skriv in dem i förmånsuppgifterna, så kan vi räkna. Handledaren kan hjälpa dig.

## Money as the supervisor sees it: the participant, not "you"
money-month-keep-staff = Efter avgifterna på lönen, men före skatt, har deltagaren { $amount } mer pengar tack vare uppdragen.
money-month-keep-after-tax-staff = Efter skatt och avgifter på lönen har deltagaren cirka { $amount } mer pengar tack vare uppdragen.
money-month-keep-unknown-staff = Vi kan inte säga hur mycket deltagaren får behålla av uppdragen den här månaden.
money-limit-staff = { $pension }: deltagarens inkomster för månaden är { $earned }. Gränsen är { $limit }. Hen kan tjäna { $left } till.
money-month-keep-loss = På grund av uppdragen har du cirka { $amount } mindre pengar den här månaden. Prata med handledaren.
money-month-keep-nothing = Du får inga extra pengar av uppdragen den här månaden.
money-month-keep-loss-staff = På grund av uppdragen har deltagaren cirka { $amount } mindre pengar den här månaden.
money-month-keep-nothing-staff = Deltagaren får inga extra pengar av uppdragen den här månaden.
money-warnings-to-participant = Deltagaren ser de här anmärkningarna:
reason-not-yet = Uppdragets dag har inte kommit ännu. Arbetet kan påbörjas och markeras som klart först på uppdragets dag.
mine-start-on-the-day = Du kan markera att du har börjat { $date }, när uppdragets dag har kommit.

## Kommande månader (issue 18)
plan-title = Kommande månader
plan-open = Se kommande månader
plan-open-staff = Kommande månader
plan-intro = Här ser du den här månaden och de två följande. Månaden är den då lönen betalas. Du kan prova vad som händer om du tar öppna uppgifter.
plan-intro-staff = Så här ser { $name } sina kommande månader. Siffrorna kommer från förmånsuppgifterna som hen har delat. Du kan prova vad öppna uppgifter skulle göra med hens pengar.
plan-held = Lön för tagna uppdrag
plan-what-if = Lön för uppgifter som provas
plan-keep-before-tax = Kvar före skatt
plan-keep-after-tax = Kvar efter skatt
plan-after-title = Efter de här månaderna
plan-try-title = Prova öppna uppgifter
plan-try-help = Välj en uppgift, så ser du ovan vad den skulle göra med pengarna. Valet reserverar inte uppgiften.
plan-try-none = Det finns inga öppna uppgifter att prova just nu.
plan-series = varje { $weekday }, { $count } gånger, första gången { $first }
plan-easy-more = Du får behålla { $amount } mer { $month-in }.
plan-easy-less = Du har { $amount } mindre pengar { $month-in } än utan arbete. Prata med handledaren.
plan-easy-same = Arbetet ger dig inga extra pengar { $month-in }.
plan-easy-unknown = Vi kan inte säga hur mycket du får behålla { $month-in }. Fråga handledaren.
plan-chart-show = Visa bilden
plan-chart-hide = Dölj bilden
plan-chart-title = Vad som blir kvar { $month-in } när lönen växer
plan-chart-keep-before-tax = Siffrorna är före skatt. Det som lönen tar från senare månader är medräknat.
plan-chart-keep-after-tax = Siffrorna är efter skatt. Det som lönen tar från senare månader är medräknat.
plan-chart-you = Enligt planen: lön { $pay }, kvar { $keep }.
plan-chart-marks = A B C D
plan-chart-you-short = planen
plan-limit-pension = { $pension }: inkomstgräns { $pay }. En månad över gränsen tar ännu inte pensionen.
plan-limit-housing = { $benefit }: när lönen är { $pay } eller mer kan inkomsterna anses bestående, och stödet kan justeras från och med { $from }.
plan-limit-housing-any = { $benefit }: redan en liten lön { $month-in } kan göra inkomsterna bestående, och stödet kan justeras från och med { $from }.
plan-limit-falls = { $benefit }: när lönen är { $pay } eller mer minskar stödet från och med { $from } mer än lönen ger.
plan-table-show = Visa siffrorna som tabell
plan-table-hide = Dölj tabellen
plan-table-pay = Lön i månaden
plan-table-keep = Kvar
plan-ahead-over-limit = { $pension }: gång nummer { $week } av den här veckouppgiften ({ $date }) tar inkomsterna över inkomstgränsen { $month-in }.
plan-ahead-pension-stops = { $pension }: gång nummer { $week } av den här veckouppgiften ({ $date }) gör att inkomsterna är över gränsen tredje månaden i rad. Pensionen vilar från och med { $from }.
plan-ahead-housing = Gång nummer { $week } av den här veckouppgiften ({ $date }) höjer inkomsterna så mycket att bostadsbidraget kan justeras från och med { $from }.
plan-easy-no-pay = Du får ingen lön { $month-in }.
plan-intro-staff-pay-only = Här är lönerna som { $name } får de kommande månaderna. Hen har inte gett lov att visa sina förmånsuppgifter, så ändringar i pengarna visas inte.
plan-chart-axes = Vågrätt månadens lön 0–{ $max }, lodrätt det som blir kvar: { $lowest } … { $highest }.
plan-limit-pension-rests = { $pension }: inkomstgräns { $pay }. En högre lön vore den tredje månaden i rad över gränsen, och pensionen skulle vila från och med { $from }.
plan-limit-benefit-ends = { $benefit } tar slut när lönen är { $pay }.
plan-status = Beräkningen är uppdaterad: { $months }
plan-status-month = { $month }: kvar { $keep }.
plan-status-unknown = okänt
plan-status-pay = { $month }: lön { $pay }.
plan-try-help-pay-only = Välj en uppgift, så ser du ovan vad den skulle göra med lönerna. Valet bokar inte uppgiften.
plan-clash = Det här är samtidigt som ett redan taget jobb: { $task } ({ $when }). Man hinner inte göra båda.

## Read-aloud: the device's own voice reads the screen; the words it says for symbols.
read-aloud-label = Lyssna
read-aloud-start = Lyssna
read-aloud-stop = Sluta
read-aloud-again = Lyssna från början
read-aloud-no-voice = Den här enheten har ingen svensk talröst. Du kan lyssna med en finsk röst om du vill.
read-aloud-other-voice = Lyssna med en finsk röst
read-aloud-unavailable = Den här enheten kan inte läsa upp text.
me-read-aloud = Visa knappen Lyssna
speech-euro-one = euro
speech-euros = euro
speech-percent = procent
speech-minus = minus
speech-to = –

## Today first: a task held today, at the top of the home screen.
today-title = Ditt arbete i dag
today-first-step = Första steget
