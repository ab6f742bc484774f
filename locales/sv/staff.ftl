# Texterna i handledarens vyer: bara i den fullständiga versionen (handledarens app), inte i deltagarens webbversion.

## Intyg över utförda uppdrag (inte ett arbetsintyg).
certificate-title = Intyg över utförda uppdrag
certificate-unit = Intyget utfärdas av { $unit }, genom vilken uppdragen har utförts.
certificate-not-employment = Det här är inte ett arbetsintyg. Intyget räknar upp de utförda uppdragen och för varje uppdrag arbetsgivaren och typen av avtal. Arbete med uppdragsavtal är inte ett anställningsförhållande.
certificate-employment-from = För uppdrag med arbetsavtal utfärdar arbetsgivaren arbetsintyget: { $employer }.
certificate-col-employer = Arbetsgivare
certificate-col-contract = Avtal
certificate-none = Det finns inga godkända arbeten ännu.
certificate-total = { $count ->
    [one] 1 arbete
   *[other] { $count } arbeten
}, sammanlagt { $time }.
certificate-given = Intyget utfärdades av { $name } { $date }.
## Handledare: meny och inställningar.
staff-nav-approvals = Att god­känna
staff-nav-tasks = Uppdrag
staff-nav-people = Del­tagare
staff-nav-reports = Rap­porter
staff-nav-settings = Inställ­ningar
staff-settings-title = Inställningar
## Handledare: godkännande.
staff-approvals-title = Arbeten att godkänna
staff-approvals-none = Alla anmälda arbeten har behandlats.
staff-approvals-count = { $count ->
    [one] 1 arbete väntar på godkännande.
   *[other] { $count } arbeten väntar på godkännande.
}
staff-reported = Anmäld tid
staff-estimated = Beräknad tid
staff-pay = Lön
staff-paid-on = Betalningsdag
staff-over-estimate = Den anmälda tiden är längre än den beräknade.
staff-not-yet-started = Arbetet markerades som gjort före uppdragets starttid. Kontrollera med deltagaren att arbetet är gjort innan du godkänner.
staff-approve = Godkänn
staff-approved-saved = Godkänt. Deltagaren ser lönen vid nästa uppdatering.
staff-undo-approval = Ångra godkännandet
staff-undo-until = Du kan ångra godkännandet fram till kl. { $time }.
staff-undo-too-late = Godkännandet kan inte längre ångras: tiden för att ångra har gått ut. Godkännandet gäller.
staff-approval-undone = Godkännandet är ångrat. Arbetet väntar på godkännande igen.
staff-adjust = Ändra tiden
staff-adjust-title = Tid som godkänns
staff-adjust-pay = Lön för den här tiden: { $amount }
staff-adjust-reason = Varför ändras tiden?
staff-adjust-reason-help = Deltagaren ser motiveringen.
staff-reason-needed = Skriv en motivering när du ändrar tiden.
staff-adjust-approve = Godkänn { $time }
staff-reject = Godkänn inte
staff-reject-title = Arbetet godkänns inte
staff-reject-reason = Meddelande till deltagaren
staff-reject-reason-help = Deltagaren läser det här. Skriv vänligt och berätta vad som händer härnäst.
staff-reject-default = Det här arbetet kunde inte godkännas. Vi pratar om det tillsammans nästa gång vi träffas.
staff-reject-send = Skicka
staff-rejected-saved = Sparat. Deltagaren ser meddelandet vid nästa uppdatering.
staff-unreported-title = Inte anmält
staff-unreported-help = Tiden för de här uppdragen har gått ut, men arbetet har inte anmälts.
staff-unreported-none = Deltagaren har inte anmält något arbete.
staff-no-show = Kom inte
staff-no-show-saved = Antecknat: kom inte. Platsen blev ledig.
staff-feedback-title = Respons från beställaren
staff-feedback-help = Skriv beställarens respons. Den syns bland deltagarens utförda arbeten och i intyget över utförda uppdrag.
staff-feedback-label = Respons
staff-feedback-needed = Skriv responsen först.
staff-feedback-save = Spara responsen
staff-feedback-saved = Responsen har sparats.
staff-approved-amount = Godkänd lön { $amount }
## Handledare: uppdrag.
staff-tasks-title = Enhetens uppdrag
staff-new-task = Nytt uppdrag
staff-orders-open = Beställare och beställningar
staff-tasks-coming = Kommande
staff-tasks-none = Inga kommande uppdrag.
staff-tasks-past = Tidigare
staff-seats-taken = Bokade platser { $taken } / { $seats }
staff-task-holders = Bokat av: { $names }
staff-task-groups = { $count ->
    [one] Syns för gruppen { $groups }
   *[other] Syns för grupperna { $groups }
}
staff-task-everyone = Syns för alla deltagare i enheten
staff-task-cancelled = Inställt
staff-task-changed = { $count ->
    [one] Ändrat en gång efter publiceringen
   *[other] Ändrat { $count } gånger efter publiceringen
}
staff-edit = Ändra
staff-copy = Kopiera
staff-cancel-task = Ställ in uppdraget
staff-cancel-confirm = Ska uppdraget ställas in? De som har bokat ser att uppdraget är inställt.
staff-cancel-yes = Ja, ställ in
staff-cancel-no = Ställ inte in
staff-task-cancelled-saved = Uppdraget är inställt.
## Handledare: uppdragsformulär.
staff-form-new-title = Nytt uppdrag
staff-form-edit-title = Ändra uppdraget
staff-form-copy-title = Nytt uppdrag som kopia
staff-form-order = Beställning
staff-form-no-order = Ingen beställning (enhetens eget arbete)
staff-form-title = Rubrik
staff-form-steps = Arbetets steg på lättläst språk
staff-form-steps-help = Ett steg per rad: vad man ska ta med, vart man ska gå, vem som tar emot.
staff-form-title-sv = Rubrik på svenska (frivillig)
staff-form-sv-help = Svenskspråkiga deltagare ser rubriken och stegen på svenska. Om du lämnar fälten tomma ser de uppdraget på finska.
staff-form-steps-sv = Arbetets steg på svenska (frivilligt)
staff-form-place = Plats
staff-form-date = Datum
staff-form-start = Börjar
staff-form-end = Slutar
staff-form-hours = Beräknad arbetstid i timmar
staff-form-hours-help = Arbetstiden utan pauser, till exempel 2 eller 2,5. Är den kortare än uppdragets tid ser deltagaren skillnaden som pauser.
staff-form-pay-kind = Hur betalas lönen?
staff-form-hourly = Timlön
staff-form-fixed = Ackord (för hela uppdraget)
staff-form-pay = Lön i euro
staff-form-seats = Antal personer
staff-form-seats-less = Färre personer
staff-form-seats-more = Fler personer
staff-form-instructor = Gruppens handledare
staff-form-contract = Avtal
staff-form-employment = Arbetsavtal
staff-form-commission = Uppdragsavtal
staff-form-groups = Vem ser uppdraget?
staff-form-groups-help = Om du inte väljer någon grupp syns uppdraget för alla deltagare i enheten.
staff-form-repeat = Upprepas varje vecka
staff-form-repeat-help = Samma uppdrag vid samma tid också de följande veckorna.
staff-form-repeat-less = Färre veckor
staff-form-repeat-more = Fler veckor
staff-form-repeat-value = { $count ->
    [0] Bara en gång
    [one] 1 vecka till
   *[other] { $count } veckor till
}
staff-form-edit-help = De som har bokat uppdraget ser ändringen vid nästa uppdatering.
staff-form-publish = Publicera
staff-form-save-changes = Spara ändringarna
staff-form-check = Kontrollera de markerade punkterna.
staff-task-saved = Uppdraget har sparats.
staff-error-title = Skriv en rubrik.
staff-error-title-sv = Skriv rubriken på svenska när du skriver stegen på svenska.
staff-error-place = Skriv en plats.
staff-error-steps = Kontrollera stegen: högst 30 rader.
staff-error-instructor = Kontrollera handledarens namn.
staff-error-date = Välj ett datum.
staff-error-time = Skriv ett klockslag, till exempel 09:00.
staff-error-end = Uppdraget ska sluta samma dag, efter att det har börjat.
staff-error-hours = Skriv antalet timmar, till exempel 2,5 (högst 24).
staff-error-hours-window = Arbetstiden är längre än uppdragets tid. Förkorta arbetstiden eller ändra start- eller sluttiden.
staff-error-pay = Skriv beloppet i euro, till exempel 10,50.
staff-error-pay-task = Skriv lönen i euro, högst 1 000 €, till exempel 10,50.
staff-error-seats = Antalet personer kan vara 1–50.
staff-error-name = Skriv ett namn.
staff-error-vat = Skriv en procentsats, till exempel 25,5 eller 0.
## Handledare: beställare och beställningar.
staff-orders-title = Beställare och beställningar
staff-orders-list = Beställningar
staff-orders-none = Inga beställningar ännu.
staff-task-from-order = Nytt uppdrag från den här beställningen
staff-order-new = Ny beställning
staff-order-commissioner = Beställare
staff-order-title = Vad beställdes?
staff-order-notes = Tilläggsuppgifter
staff-order-save = Spara beställningen
staff-order-saved = Beställningen har sparats.
staff-commissioners-list = Beställare
staff-commissioner-price = { $price } per timme + moms { $vat } %
staff-commissioner-new = Ny beställare
staff-commissioner-name = Beställarens namn
staff-commissioner-contact = Kontaktperson och telefon
staff-commissioner-price-label = Pris per timme utan moms, i euro
staff-commissioner-vat = Mervärdesskatt, procent
staff-commissioner-vat-help = Oftast 25,5. Sociala tjänster är ofta momsfria: 0.
staff-commissioner-save = Spara beställaren
staff-commissioner-saved = Beställaren har sparats.
staff-commissioner-edit = Ändra: { $name }
staff-commissioner-price-change-help = Det nya priset gäller arbeten som godkänns efter ändringen. Redan godkända arbeten faktureras till det gamla priset.
## Handledare: deltagare.
staff-people-title = Deltagare
staff-person-new = Lägg till deltagare
staff-person-new-help = Det här kräver nätförbindelse: servern ger en inloggningskod.
staff-person-name = Namn
staff-person-groups = Grupper
staff-groups-title = Grupper
staff-groups-none = Enheten har inga grupper ännu.
staff-group-name = Den nya gruppens namn
staff-group-add = Lägg till grupp
staff-group-added = Gruppen har lagts till.
staff-groups-saved = Grupperna har sparats.
staff-person-add = Lägg till och visa koden
staff-person-added = Deltagaren har lagts till. Visa koden för deltagaren.
staff-person-open = Öppna: { $name }
staff-code-for = Inloggningskod: { $name }
staff-code-qr = QR-kod som öppnar appen med koden
staff-code-until = Koden fungerar en gång. Den gäller till { $date } kl. { $time }.
staff-ready-title = Redo för den öppna arbetsmarknaden
staff-ready-help = Beredskapen bedöms tillsammans med deltagaren. Anteckna den bara när deltagaren själv vill det. Anteckningen syns i rapporterna.
staff-ready-since = Överenskommet med deltagaren: redo för den öppna arbetsmarknaden från och med { $date }
staff-not-ready = Ingen beredskap för den öppna arbetsmarknaden har kommits överens om.
staff-ready-today = Anteckna som överenskommet i dag
staff-ready-undo = Ta bort anteckningen
staff-ready-saved = Den överenskomna beredskapen är antecknad.
staff-gigs-title = Redo att pröva uppdrag
staff-gigs-since = Överenskommet med deltagaren: redo att pröva uppdrag från och med { $date }
staff-gigs-not = Ingen beredskap att pröva uppdrag har kommits överens om.
staff-ready-agreed = Vi har kommit överens om det här tillsammans, och deltagaren vill det.
staff-ready-agree-first = Markera först att ni har kommit överens om det här tillsammans.
staff-moved-title = Gått vidare
staff-moved-where = Vart gick deltagaren vidare?
staff-moved-paid-work = Till lönearbete
staff-moved-education = Till utbildning
staff-moved-coaching = Till coachning
staff-moved-pension = Till pension
staff-moved-save = Spara med dagens datum
staff-moved-choose = Välj först vart deltagaren gick vidare.
staff-moved-undo = Ta bort anteckningen
staff-moved-saved = Övergången har sparats.
staff-benefits-title = Förmånsuppgifter
staff-consent-given = Deltagaren har gett tillstånd att dela sina förmånsuppgifter.
staff-consent-not-given = Deltagaren har inte gett tillstånd att dela sina förmånsuppgifter. De finns bara på deltagarens egen enhet.
staff-benefits-as-they-see = Så här ser { $name } sina pengar den här och nästa månad. Siffrorna kommer från förmånsuppgifterna som hen har delat.
staff-benefits-not-filled = Deltagaren har inte fyllt i sina förmånsuppgifter ännu.
staff-devices-title = Enheter och inloggning
staff-new-code = Ny inloggningskod
staff-show-devices = Visa enheter
staff-no-devices = Inga enheter.
staff-device-paired = Togs i bruk { $date } kl. { $time }
staff-device-is-revoked = Tagen ur bruk
staff-device-waiting = { $count ->
    [one] En ändring som gjordes på den här enheten väntar osänd i telefonen som { $person } nu använder. För att den ska skickas: ta först { $person }s enhet ur bruk och ge sedan den här personen en ny kod i samma telefon.
   *[other] { $count } ändringar som gjordes på den här enheten väntar osända i telefonen som { $person } nu använder. För att de ska skickas: ta först { $person }s enhet ur bruk och ge sedan den här personen en ny kod i samma telefon.
}
staff-device-revoke = Ta ur bruk: { $name } ({ $date } kl. { $time })
staff-device-revoked = Enheten har tagits ur bruk.
staff-certificate-title = Intyg över utförda uppdrag
staff-certificate-open = Visa intyget över utförda uppdrag
staff-certificate-language = Intygets språk
staff-remove-title = Radera uppgifter
staff-remove-help = Raderar namnet, grupperna, namnen på deltagarens enheter, anteckningar, respons och delade förmånsuppgifter. Arbetade timmar och löner stannar utan namn i verksamhetsenhetens siffror. Det här kräver nätförbindelse.
staff-remove = Radera uppgifterna om { $name }
staff-remove-confirm = Ska uppgifterna om { $name } raderas för gott? Det går inte att ångra.
staff-remove-yes = Ja, radera för gott
staff-removed = Uppgifterna har raderats.
## Handledare: rapporter.
staff-reports-title = Rapporter
staff-month-previous = Föregående månad
staff-month-next = Nästa månad
staff-indicators-title = Enhetens siffror
staff-indicators-help = Siffrorna gäller arbete som utförts den här månaden.
staff-indicator-active = Deltagare i arbete
staff-indicator-tasks = Uppdrag med godkänt arbete
staff-indicator-waiting = Utförda, väntar på godkännande
staff-indicator-hours = Arbetstimmar
staff-indicator-earnings = Löner sammanlagt
staff-indicator-ready = Redo för den öppna arbetsmarknaden
staff-indicator-gigs = Redo att pröva uppdrag
staff-indicator-moved = Gick vidare
staff-pay-title = Löne­utbetalning
staff-pay-help = Godkända löner med betalningsdag den här månaden.
staff-pay-download = Ladda ner lönerna (CSV)
staff-pay-empty = Inga godkända löner betalas ut den här månaden.
staff-invoice-title = Fakturering
staff-invoice-help = Godkända timmar som utförts den här månaden, till beställarens pris och med moms.
staff-invoice-download = Ladda ner fakturaraderna (CSV)
staff-invoice-empty = Det finns inga timmar att fakturera för den här månaden.
staff-report-pending = En del ändringar väntar ännu på att skickas. Siffrorna kan ändras när de har skickats.
staff-col-name = Namn
staff-col-employer = Arbetsgivare
staff-col-hours = Timmar
staff-col-gross = Lön
staff-col-commissioner = Beställare
staff-col-net = Utan moms
staff-col-vat = Moms
staff-col-total = Totalt
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
csv-gross = Lön (€)
csv-commissioner-id = Beställarens identifierare
csv-commissioner = Beställare
csv-price = Pris per timme utan moms (€)
csv-net = Utan moms (€)
csv-vat-percent = Moms (%)
csv-vat = Moms (€)
csv-total = Totalt (€)

## The unit's pay calendar
staff-pay-intro = Berätta när er enhet betalar lönerna. Deltagarnas beräkningar räknar lönen som inkomst för den månad då den betalas.
staff-pay-none = Lönedagen är inte angiven. Deltagarnas beräkningar antar att lönen betalas samma månad som arbetet görs.
staff-pay-current-next-month = En månads arbete betalas den { $day } i följande månad.
staff-pay-current-every-second-week = Lönen betalas varannan { $weekday } från och med { $date }. Arbetet betalas när minst { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} har gått.
staff-pay-current-after-approval = Lönen betalas { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} efter godkännandet.
staff-pay-kind = När betalas lönen?
staff-pay-kind-next-month = En månads arbete en viss dag i följande månad
staff-pay-kind-every-second-week = Varannan vecka
staff-pay-kind-after-approval = En viss tid efter godkännandet
staff-pay-day = Betalningsdag (1–31)
staff-pay-first = Första betalningsdagen
staff-pay-after-days = Minst så många dagar från arbetet till betalningen
staff-pay-days = Dagar från godkännandet till betalningen
staff-pay-day-help = Om månaden inte har så många dagar betalas lönen den sista dagen i månaden. Om betalningsdagen inte är en bankdag (lördag, söndag, helgdag, midsommar- eller julafton) betalas lönen föregående bankdag.
staff-pay-first-help = Betalningsdagen återkommer varannan vecka från det här datumet. Datumet kan ha passerat, men det får ligga högst ett år framåt. Om betalningsdagen inte är en bankdag betalas lönen föregående bankdag.
staff-pay-after-days-help = { $min }–{ $max } dagar. Arbetet betalas på den första betalningsdagen då minst så många dagar har gått.
staff-pay-days-help = { $min }–{ $max } dagar. Om dagen inte är en bankdag (lördag, söndag, helgdag, midsommar- eller julafton) betalas lönen föregående bankdag.
staff-pay-save = Spara löneutbetalningen
staff-pay-saved = Löneutbetalningen är sparad.
staff-pay-error-day = Ange dagen som ett tal 1–31.
staff-pay-error-first = Ange ett datum mellan { $earliest } och { $latest }.
staff-pay-error-days = Ange antalet dagar som ett tal { $min }–{ $max }.
staff-pay-missing = Lönedagen är inte angiven, så deltagarna ser inte vilken månads stöd lönen påverkar.
staff-pay-open = Ange löneutbetalningen
