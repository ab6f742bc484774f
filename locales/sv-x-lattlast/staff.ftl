# Texterna i handledarens vyer: bara i den fullständiga versionen (handledarens app), inte i deltagarens webbversion.

## Intyg över utförda uppdrag (inte ett arbetsintyg).
certificate-title = Intyg över utförda uppdrag
certificate-unit = Intyget kommer från { $unit }. Uppdragen gjordes genom den.
certificate-not-employment = Det här är inte ett arbetsintyg. Här är en lista över utförda uppdrag. Listan visar arbetsgivaren och avtalet för varje uppdrag. Ett uppdragsavtal är inte ett arbetsavtal.
certificate-employment-from = För uppdrag med arbetsavtal får man arbetsintyg från arbetsgivaren. Arbetsgivaren är { $employer }.
certificate-col-employer = Arbetsgivare
certificate-col-contract = Avtal
certificate-none = Det finns inga godkända arbeten ännu.
certificate-total = { $count ->
    [one] 1 arbete
   *[other] { $count } arbeten
}, tillsammans { $time }.
certificate-given = Intyget skrevs av { $name } { $date }.
## Handledaren: meny och inställningar.
staff-nav-approvals = God­känn arbeten
staff-nav-tasks = Uppdrag
staff-nav-people = Del­tagare
staff-nav-reports = Rap­porter
staff-nav-settings = Inställ­ningar
staff-settings-title = Inställningar
## Handledaren: godkänna arbeten.
staff-approvals-title = Arbeten som väntar på godkännande
staff-approvals-none = Alla arbeten är behandlade.
staff-approvals-count = { $count ->
    [one] 1 arbete väntar på godkännande.
   *[other] { $count } arbeten väntar på godkännande.
}
staff-reported = Tiden som deltagaren angav
staff-estimated = Beräknad tid
staff-pay = Lön
staff-paid-on = Lönen betalas
staff-over-estimate = Arbetet tog längre tid än beräknat.
staff-not-yet-started = Arbetet markerades som gjort innan uppdraget började. Fråga deltagaren om arbetet är gjort.
staff-approve = Godkänn
staff-approved-saved = Godkänt. Deltagaren ser lönen när uppgifterna uppdateras.
staff-undo-approval = Ångra godkännandet
staff-undo-until = Du kan ångra godkännandet till kl. { $time }.
staff-undo-too-late = Du kan inte ångra godkännandet längre. Tiden är slut.
staff-approval-undone = Godkännandet är ångrat. Arbetet väntar på godkännande igen.
staff-adjust = Ändra tiden
staff-adjust-title = Tiden som du godkänner
staff-adjust-pay = Lön för den här tiden: { $amount }
staff-adjust-reason = Varför ändrar du tiden?
staff-adjust-reason-help = Deltagaren ser det som du skriver.
staff-reason-needed = Skriv varför du ändrar tiden.
staff-adjust-approve = Godkänn { $time }
staff-reject = Godkänn inte
staff-reject-title = Arbetet godkänns inte
staff-reject-reason = Meddelande till deltagaren
staff-reject-reason-help = Deltagaren läser det här. Skriv vänligt. Berätta vad som händer sedan.
staff-reject-default = Vi kunde inte godkänna det här arbetet. Vi pratar om det nästa gång vi träffas.
staff-reject-send = Skicka
staff-rejected-saved = Sparat. Deltagaren ser meddelandet när uppgifterna uppdateras.
staff-unreported-title = Arbetet är inte anmält
staff-unreported-help = Tiden för de här uppdragen har gått. Deltagaren har inte berättat om arbetet ännu.
staff-unreported-none = Deltagaren har inte berättat om arbetet.
staff-no-show = Kom inte
staff-no-show-saved = Sparat att deltagaren inte kom. Platsen är ledig igen.
staff-feedback-title = Vad beställaren tyckte om arbetet
staff-feedback-help = Skriv vad beställaren tyckte om arbetet. Deltagaren ser det bland sina arbeten. Det syns också i intyget över utförda uppdrag.
staff-feedback-label = Respons
staff-feedback-needed = Skriv responsen först.
staff-feedback-save = Spara responsen
staff-feedback-saved = Responsen är sparad.
staff-approved-amount = Godkänd lön { $amount }
## Handledaren: uppdrag.
staff-tasks-title = Enhetens uppdrag
staff-new-task = Nytt uppdrag
staff-orders-open = Beställare och beställningar
staff-tasks-coming = Kommande uppdrag
staff-tasks-none = Det finns inga kommande uppdrag.
staff-tasks-past = Uppdrag som har varit
staff-seats-taken = Bokade platser { $taken } / { $seats }
staff-task-holders = Bokat av: { $names }
staff-task-groups = { $count ->
    [one] Gruppen { $groups } ser uppdraget
   *[other] Grupperna { $groups } ser uppdraget
}
staff-task-everyone = Alla deltagare i enheten ser uppdraget
staff-task-cancelled = Inställt
staff-task-changed = { $count ->
    [one] Ändrat en gång efter att det publicerades
   *[other] Ändrat { $count } gånger efter att det publicerades
}
staff-edit = Ändra
staff-copy = Kopiera
staff-cancel-task = Ställ in uppdraget
staff-cancel-confirm = Vill du ställa in uppdraget? De som har bokat ser att det är inställt.
staff-cancel-yes = Ja, ställ in
staff-cancel-no = Ställ inte in
staff-task-cancelled-saved = Uppdraget är inställt.
## Handledaren: uppgifter om uppdraget.
staff-form-new-title = Nytt uppdrag
staff-form-edit-title = Ändra uppdraget
staff-form-copy-title = Nytt uppdrag från ett gammalt uppdrag
staff-form-order = Beställning
staff-form-no-order = Ingen beställning (enhetens eget arbete)
staff-form-title = Rubrik
staff-form-steps = Arbetets steg på lättläst språk
staff-form-steps-help = Skriv ett steg på varje rad. Vad ska man ta med? Vart ska man gå? Vem tar emot?
staff-form-title-sv = Rubrik på svenska (om du vill)
staff-form-sv-help = Deltagare som läser svenska ser de här texterna. Om fälten är tomma ser de texterna på finska.
staff-form-steps-sv = Arbetets steg på svenska (om du vill)
staff-form-place = Plats
staff-form-date = Dag
staff-form-start = Börjar
staff-form-end = Slutar
staff-form-hours = Hur många timmar arbetet tar
staff-form-hours-help = Arbetstiden utan pauser, till exempel 2 eller 2,5. Resten av tiden visas som pauser.
staff-form-pay-kind = Hur betalas lönen?
staff-form-hourly = Lön för varje timme
staff-form-fixed = Lön för hela uppdraget
staff-form-pay = Lön i euro
staff-form-seats = Hur många personer
staff-form-seats-less = Färre personer
staff-form-seats-more = Fler personer
staff-form-instructor = Gruppens handledare
staff-form-contract = Avtal
staff-form-employment = Arbetsavtal
staff-form-commission = Uppdragsavtal
staff-form-groups = Vem ser uppdraget?
staff-form-groups-help = Du kan välja en grupp. Om du inte väljer en grupp ser alla deltagare i enheten uppdraget.
staff-form-repeat = Uppdraget är varje vecka
staff-form-repeat-help = Samma uppdrag är vid samma tid också de följande veckorna.
staff-form-repeat-less = Färre veckor
staff-form-repeat-more = Fler veckor
staff-form-repeat-value = { $count ->
    [0] Bara en gång
    [one] 1 vecka till
   *[other] { $count } veckor till
}
staff-form-edit-help = De som har bokat uppdraget ser ändringen när uppgifterna uppdateras.
staff-form-publish = Publicera
staff-form-save-changes = Spara ändringarna
staff-form-check = Titta på det som är markerat.
staff-task-saved = Uppdraget är sparat.
staff-error-title = Skriv en rubrik.
staff-error-title-sv = Skriv också rubriken på svenska.
staff-error-place = Skriv en plats.
staff-error-steps = Titta på stegen. Det får vara högst 30 rader.
staff-error-instructor = Titta på handledarens namn.
staff-error-date = Välj en dag.
staff-error-time = Skriv en tid, till exempel 09:00.
staff-error-end = Uppdraget ska sluta samma dag. Det ska sluta efter att det har börjat.
staff-error-hours = Skriv timmarna, till exempel 2,5. Högst 24 timmar.
staff-error-hours-window = Arbetstiden är längre än uppdragets tid. Förkorta arbetstiden eller ändra klockslagen.
staff-error-pay = Skriv summan i euro, till exempel 10,50.
staff-error-pay-task = Skriv lönen i euro. Den kan vara högst 1 000 €. Till exempel 10,50.
staff-error-seats = Det kan vara 1–50 personer.
staff-error-name = Skriv ett namn.
staff-error-vat = Skriv en procent, till exempel 25,5 eller 0.
## Handledaren: beställare och beställningar.
staff-orders-title = Beställare och beställningar
staff-orders-list = Beställningar
staff-orders-none = Det finns inga beställningar ännu.
staff-task-from-order = Gör ett nytt uppdrag från beställningen
staff-order-new = Ny beställning
staff-order-commissioner = Beställare
staff-order-title = Vad beställdes?
staff-order-notes = Mer information
staff-order-save = Spara beställningen
staff-order-saved = Beställningen är sparad.
staff-commissioners-list = Beställare
staff-commissioner-price = { $price } för varje timme, och moms { $vat } procent
staff-commissioner-new = Ny beställare
staff-commissioner-name = Beställarens namn
staff-commissioner-contact = Kontaktperson och telefonnummer
staff-commissioner-price-label = Pris för en timme i euro, utan moms
staff-commissioner-vat = Moms i procent
staff-commissioner-vat-help = Oftast 25,5. Sociala tjänster har ofta ingen moms. Skriv då 0.
staff-commissioner-save = Spara beställaren
staff-commissioner-saved = Beställaren är sparad.
staff-commissioner-edit = Ändra: { $name }
staff-commissioner-price-change-help = Det nya priset gäller nya godkända arbeten. Gamla arbeten kostar det gamla priset.
## Handledaren: deltagare.
staff-people-title = Deltagare
staff-person-new = Lägg till en deltagare
staff-person-new-help = Du behöver nätet för det här. Koden kommer via nätet.
staff-person-name = Namn
staff-person-groups = Grupper
staff-groups-title = Grupper
staff-groups-none = Enheten har inga grupper än.
staff-group-name = Namn på den nya gruppen
staff-group-add = Lägg till en grupp
staff-group-added = Gruppen är tillagd.
staff-groups-saved = Grupperna är sparade.
staff-person-add = Lägg till och visa koden
staff-person-added = Deltagaren är tillagd. Visa koden för deltagaren.
staff-person-open = Öppna: { $name }
staff-code-for = Kod: { $name }
staff-code-qr = Koden som bild. Fotografera den med telefonen, så öppnas Keikka.
staff-code-until = Koden fungerar en gång. Den fungerar till { $date } klockan { $time }.
staff-ready-title = Redo för den öppna arbetsmarknaden
staff-ready-help = Ni bestämmer det här tillsammans med deltagaren. Markera det bara om deltagaren vill. Det syns i rapporterna.
staff-ready-since = Överenskommet: redo för den öppna arbetsmarknaden från och med { $date }
staff-not-ready = Det här är inte överenskommet ännu.
staff-ready-today = Markera som överenskommet i dag
staff-ready-undo = Ta bort markeringen
staff-ready-saved = Markeringen är sparad.
staff-gigs-title = Redo att pröva uppdrag
staff-gigs-since = Överenskommet: redo att pröva uppdrag från och med { $date }
staff-gigs-not = Det här är inte överenskommet ännu.
staff-ready-agreed = Vi har bestämt det här tillsammans. Deltagaren vill det.
staff-ready-agree-first = Markera först att ni har bestämt det här tillsammans.
staff-moved-title = Vart deltagaren gick vidare
staff-moved-where = Vart gick deltagaren vidare?
staff-moved-paid-work = Till lönearbete
staff-moved-education = Till utbildning
staff-moved-coaching = Till coachning
staff-moved-pension = Till pension
staff-moved-save = Spara med dagens datum
staff-moved-choose = Välj först vart deltagaren gick.
staff-moved-undo = Ta bort markeringen
staff-moved-saved = Uppgiften är sparad.
staff-benefits-title = Uppgifter om stöd
staff-consent-given = Deltagaren har sagt ja. Du kan se deltagarens uppgifter om stöd.
staff-consent-not-given = Deltagaren har inte sagt ja. Uppgifterna om stöd finns bara på deltagarens enhet.
staff-benefits-as-they-see = Så ser { $name } sina pengar den här och nästa månad. Siffrorna kommer från hens uppgifter om stöd.
staff-benefits-not-filled = Deltagaren har inte fyllt i uppgifterna om stöd än.
staff-devices-title = Enheter och inloggning
staff-new-code = Ny kod
staff-show-devices = Visa enheter
staff-no-devices = Det finns inga enheter.
staff-device-paired = Började användas { $date } klockan { $time }
staff-device-is-revoked = Används inte längre
staff-device-waiting = { $count ->
    [one] En ändring från den här enheten väntar i en telefon. { $person } använder telefonen nu. Ta först { $person }s enhet ur bruk. Ge sedan den här personen en ny kod i samma telefon. Då skickas ändringen.
   *[other] { $count } ändringar från den här enheten väntar i en telefon. { $person } använder telefonen nu. Ta först { $person }s enhet ur bruk. Ge sedan den här personen en ny kod i samma telefon. Då skickas ändringarna.
}
staff-device-revoke = Sluta använda: { $name } ({ $date } klockan { $time })
staff-device-revoked = Enheten kan inte användas längre.
staff-certificate-title = Intyg över utförda uppdrag
staff-certificate-open = Visa intyget över utförda uppdrag
staff-certificate-language = Intygets språk
staff-remove-title = Radera uppgifter
staff-remove-help = Namn, grupper, anteckningar och uppgifter om stöd raderas. Timmar och löner finns kvar utan namn. Du behöver nätet för det här.
staff-remove = Radera uppgifterna om { $name }
staff-remove-confirm = Ska uppgifterna om { $name } raderas? Det går inte att ångra.
staff-remove-yes = Ja, radera
staff-removed = Uppgifterna är raderade.
## Handledaren: rapporter.
staff-reports-title = Rapporter
staff-month-previous = Förra månaden
staff-month-next = Nästa månad
staff-indicators-title = Enhetens siffror
staff-indicators-help = Siffrorna gäller arbete som gjordes den här månaden.
staff-indicator-active = Deltagare som arbetade
staff-indicator-tasks = Uppdrag där arbetet är godkänt
staff-indicator-waiting = Gjorda men inte godkända än
staff-indicator-hours = Arbetstimmar
staff-indicator-earnings = Löner tillsammans
staff-indicator-ready = Redo för den öppna arbetsmarknaden
staff-indicator-gigs = Redo att pröva uppdrag
staff-indicator-moved = Gick vidare
staff-pay-title = Löne­utbetalning
staff-pay-help = Godkända löner som betalas den här månaden.
staff-pay-download = Ladda ner lönerna som tabell
staff-pay-empty = Inga godkända löner betalas den här månaden.
staff-invoice-title = Fakturor
staff-invoice-help = Godkända timmar den här månaden. Priset är beställarens pris. Momsen är med.
staff-invoice-download = Ladda ner raderna för fakturorna som tabell
staff-invoice-empty = Det finns inga timmar att fakturera för den här månaden.
staff-report-pending = Alla ändringar är inte skickade än. Siffrorna kan ändras.
staff-col-name = Namn
staff-col-employer = Arbetsgivare
staff-col-hours = Timmar
staff-col-gross = Lön
staff-col-commissioner = Beställare
staff-col-net = Utan moms
staff-col-vat = Moms
staff-col-total = Tillsammans
## Handledare: löne- och faktureringsfiler (CSV), på handledarens språk.
csv-month = Månad
csv-participant-id = Deltagarens identifierare
csv-name = Namn
csv-employer = Arbetsgivare
csv-contract = Avtal
csv-contract-employment = Arbetsavtal
csv-contract-commission = Uppdragsavtal
csv-tasks = Uppdrag
csv-hours = Timmar
csv-gross = Lön (euro)
csv-commissioner-id = Beställarens identifierare
csv-commissioner = Beställare
csv-price = Pris per timme utan moms (euro)
csv-net = Utan moms (euro)
csv-vat-percent = Moms (procent)
csv-vat = Moms (euro)
csv-total = Tillsammans (euro)

## The unit's pay calendar
staff-pay-intro = Berätta när enheten betalar lönerna. Då ser deltagarna vilken månad lönen påverkar.
staff-pay-none = Lönedagen är inte angiven. Beräkningarna tror att lönen kommer samma månad.
staff-pay-current-next-month = En månads arbete betalas den { $day } i nästa månad.
staff-pay-current-every-second-week = Lönen betalas varannan { $weekday } från och med { $date }. Det ska gå minst { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} efter arbetet.
staff-pay-current-after-approval = Lönen betalas { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} efter godkännandet.
staff-pay-kind = När betalas lönen?
staff-pay-kind-next-month = En viss dag i nästa månad
staff-pay-kind-every-second-week = Varannan vecka
staff-pay-kind-after-approval = En tid efter godkännandet
staff-pay-day = Betalningsdag (1–31)
staff-pay-first = Första betalningsdagen
staff-pay-after-days = Hur många dagar från arbetet till betalningen minst?
staff-pay-days = Hur många dagar från godkännandet till betalningen?
staff-pay-day-help = Vissa månader har inte så många dagar. Då betalas lönen den sista dagen i månaden. Bankerna betalar inte ut löner på helger och helgdagar. Då betalas lönen den närmaste bankdagen före.
staff-pay-first-help = Lönen betalas varannan vecka från och med den här dagen. Dagen får vara högst ett år fram. Bankerna betalar inte ut löner på helger och helgdagar. Då betalas lönen den närmaste bankdagen före.
staff-pay-after-days-help = Skriv ett tal { $min }–{ $max }. Lönen kommer på nästa lönedag när så många dagar har gått.
staff-pay-days-help = Skriv ett tal { $min }–{ $max }. Bankerna betalar inte ut löner på helger och helgdagar. Då betalas lönen den närmaste bankdagen före.
staff-pay-save = Spara
staff-pay-saved = Löneutbetalningen är sparad.
staff-pay-error-day = Skriv dagen som ett tal 1–31.
staff-pay-error-first = Välj en dag mellan { $earliest } och { $latest }.
staff-pay-error-days = Skriv ett tal { $min }–{ $max }.
staff-pay-missing = Lönedagen är inte angiven. Därför ser deltagarna inte vilken månad lönen påverkar.
staff-pay-open = Ange löneutbetalning
