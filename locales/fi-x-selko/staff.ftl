# Ohjaajan näkymien tekstit: vain täydessä versiossa (ohjaajan sovellus), ei osallistujan verkkoversiossa.

## Todistus tehdyistä keikoista (ei työtodistus).
certificate-title = Todistus tehdyistä keikoista
certificate-unit = Todistuksen antaa { $unit }. Keikat tehtiin sen kautta.
certificate-not-employment = Tämä ei ole työtodistus. Tässä on lista tehdyistä keikoista. Listassa on jokaisen keikan työnantaja ja sopimus. Toimeksiantosopimus ei ole työsopimus.
certificate-employment-from = Keikoista, joissa on työsopimus, saa työtodistuksen työnantajalta. Työnantaja on { $employer }.
certificate-col-employer = Työnantaja
certificate-col-contract = Sopimus
certificate-none = Hyväksyttyjä töitä ei ole vielä.
certificate-total = { $count ->
    [one] 1 työ
   *[other] { $count } työtä
}, yhteensä { $time }.
certificate-given = Todistuksen kirjoitti { $name } { $date }.
## Ohjaaja: valikko ja asetukset.
staff-nav-approvals = Hyväksy työt
staff-nav-tasks = Keikat
staff-nav-people = Osal­listujat
staff-nav-reports = Rapor­tit
staff-nav-settings = Ase­tukset
staff-settings-title = Asetukset
## Ohjaaja: töiden hyväksyminen.
staff-approvals-title = Työt, jotka odottavat hyväksyntää
staff-approvals-none = Kaikki työt on käsitelty.
staff-approvals-count = { $count ->
    [one] 1 työ odottaa hyväksyntää.
   *[other] { $count } työtä odottaa hyväksyntää.
}
staff-reported = Osallistujan kertoma aika
staff-estimated = Arvioitu aika
staff-pay = Palkka
staff-paid-on = Palkka maksetaan
staff-over-estimate = Työ kesti kauemmin kuin arvioitiin.
staff-not-yet-started = Työ on merkitty tehdyksi ennen kuin keikka alkoi. Kysy osallistujalta, onko työ tehty.
staff-approve = Hyväksy
staff-approved-saved = Hyväksytty. Osallistuja näkee palkan, kun hänen tietonsa päivittyvät.
staff-undo-approval = Peru hyväksyntä
staff-undo-until = Voit perua hyväksynnän klo { $time } asti.
staff-undo-too-late = Hyväksyntää ei voi enää perua. Aika loppui.
staff-approval-undone = Hyväksyntä on peruttu. Työ odottaa taas hyväksyntää.
staff-adjust = Muuta aikaa
staff-adjust-title = Aika, jonka hyväksyt
staff-adjust-pay = Palkka tästä ajasta: { $amount }
staff-adjust-reason = Miksi muutat aikaa?
staff-adjust-reason-help = Osallistuja näkee, mitä kirjoitat.
staff-reason-needed = Kirjoita, miksi muutat aikaa.
staff-adjust-approve = Hyväksy { $time }
staff-reject = Älä hyväksy
staff-reject-title = Työtä ei hyväksytä
staff-reject-reason = Viesti osallistujalle
staff-reject-reason-help = Osallistuja lukee tämän. Kirjoita ystävällisesti. Kerro, mitä tapahtuu seuraavaksi.
staff-reject-default = Emme voineet hyväksyä tätä työtä. Puhutaan siitä, kun tapaamme seuraavan kerran.
staff-reject-send = Lähetä
staff-rejected-saved = Tallennettu. Osallistuja näkee viestin, kun hänen tietonsa päivittyvät.
staff-unreported-title = Työstä ei ole kerrottu
staff-unreported-help = Näiden keikkojen aika on mennyt. Osallistuja ei ole vielä kertonut työstä.
staff-unreported-none = Osallistuja ei ole kertonut työstä.
staff-no-show = Ei tullut
staff-no-show-saved = Merkitty, että osallistuja ei tullut. Paikka on taas vapaa.
staff-feedback-title = Mitä tilaaja sanoi työstä
staff-feedback-help = Kirjoita tähän, mitä tilaaja sanoi työstä. Osallistuja näkee sen tehdyissä töissä. Se näkyy myös todistuksessa tehdyistä keikoista.
staff-feedback-label = Palaute
staff-feedback-needed = Kirjoita ensin palaute.
staff-feedback-save = Tallenna palaute
staff-feedback-saved = Palaute on tallessa.
staff-approved-amount = Hyväksytty palkka { $amount }
## Ohjaaja: keikat.
staff-tasks-title = Yksikön keikat
staff-new-task = Uusi keikka
staff-orders-open = Tilaajat ja tilaukset
staff-tasks-coming = Tulevat keikat
staff-tasks-none = Tulevia keikkoja ei ole.
staff-tasks-past = Menneet keikat
staff-seats-taken = Varattuja paikkoja { $taken } / { $seats }
staff-task-holders = Varanneet: { $names }
staff-task-groups = { $count ->
    [one] Keikan näkee ryhmä { $groups }
   *[other] Keikan näkevät ryhmät { $groups }
}
staff-task-everyone = Kaikki yksikön osallistujat näkevät keikan
staff-task-cancelled = Peruttu
staff-task-changed = { $count ->
    [one] Keikkaa muutettiin kerran julkaisun jälkeen
   *[other] Keikkaa muutettiin { $count } kertaa julkaisun jälkeen
}
staff-edit = Muuta
staff-copy = Kopioi
staff-cancel-task = Peru keikka
staff-cancel-confirm = Haluatko perua keikan? Keikan varanneet näkevät, että se on peruttu.
staff-cancel-yes = Kyllä, peru
staff-cancel-no = Älä peru
staff-task-cancelled-saved = Keikka on peruttu.
## Ohjaaja: keikan tiedot.
staff-form-new-title = Uusi keikka
staff-form-edit-title = Muuta keikkaa
staff-form-copy-title = Uusi keikka vanhan keikan pohjalta
staff-form-order = Tilaus
staff-form-no-order = Ei tilausta (yksikön oma työ)
staff-form-title = Otsikko
staff-form-steps = Työn vaiheet selkokielellä
staff-form-steps-help = Kirjoita yksi vaihe yhdelle riville. Mitä otetaan mukaan? Minne mennään? Kuka ottaa vastaan?
staff-form-title-sv = Otsikko ruotsiksi (voit jättää tyhjäksi)
staff-form-sv-help = Ruotsia lukevat osallistujat näkevät nämä tekstit. Jos jätät kentät tyhjiksi, he näkevät tekstit suomeksi.
staff-form-steps-sv = Työn vaiheet ruotsiksi (voit jättää tyhjäksi)
staff-form-place = Paikka
staff-form-date = Päivä
staff-form-start = Alkaa
staff-form-end = Loppuu
staff-form-hours = Kauanko työ kestää tunteina
staff-form-hours-help = Työaika ilman taukoja, esimerkiksi 2 tai 2,5. Loppu aika näkyy taukoina.
staff-form-pay-kind = Miten palkka maksetaan?
staff-form-hourly = Palkka tunnilta
staff-form-fixed = Palkka koko keikasta
staff-form-pay = Palkka euroina
staff-form-seats = Montako tekijää
staff-form-seats-less = Vähemmän tekijöitä
staff-form-seats-more = Enemmän tekijöitä
staff-form-instructor = Ryhmän ohjaaja
staff-form-contract = Sopimus
staff-form-employment = Työsopimus
staff-form-commission = Toimeksiantosopimus
staff-form-groups = Kuka näkee keikan?
staff-form-groups-help = Voit valita ryhmän. Jos et valitse ryhmää, kaikki yksikön osallistujat näkevät keikan.
staff-form-repeat = Keikka on joka viikko
staff-form-repeat-help = Sama keikka on samaan aikaan myös seuraavilla viikoilla.
staff-form-repeat-less = Vähemmän viikkoja
staff-form-repeat-more = Enemmän viikkoja
staff-form-repeat-value = { $count ->
    [0] Vain kerran
    [one] 1 viikko lisää
   *[other] { $count } viikkoa lisää
}
staff-form-edit-help = Keikan varanneet näkevät muutoksen, kun heidän tietonsa päivittyvät.
staff-form-publish = Julkaise
staff-form-save-changes = Tallenna muutokset
staff-form-check = Katso merkityt kohdat.
staff-task-saved = Keikka on tallessa.
staff-error-title = Kirjoita otsikko.
staff-error-title-sv = Kirjoita myös otsikko ruotsiksi.
staff-error-place = Kirjoita paikka.
staff-error-steps = Katso vaiheet. Rivejä voi olla enintään 30.
staff-error-instructor = Katso ohjaajan nimi.
staff-error-date = Valitse päivä.
staff-error-time = Kirjoita kellonaika, esimerkiksi 09:00.
staff-error-end = Keikan pitää loppua samana päivänä. Lopun pitää olla alun jälkeen.
staff-error-hours = Kirjoita tunnit, esimerkiksi 2,5. Enintään 24 tuntia.
staff-error-hours-window = Työaika on pidempi kuin keikan aika. Lyhennä työaikaa tai muuta kellonaikoja.
staff-error-pay = Kirjoita summa euroina, esimerkiksi 10,50.
staff-error-pay-task = Kirjoita palkka euroina. Se voi olla enintään 1 000 €. Esimerkiksi 10,50.
staff-error-seats = Tekijöitä voi olla 1–50.
staff-error-name = Kirjoita nimi.
staff-error-vat = Kirjoita prosentti, esimerkiksi 25,5 tai 0.
## Ohjaaja: tilaajat ja tilaukset.
staff-orders-title = Tilaajat ja tilaukset
staff-orders-list = Tilaukset
staff-orders-none = Tilauksia ei ole vielä.
staff-task-from-order = Tee tästä tilauksesta uusi keikka
staff-order-new = Uusi tilaus
staff-order-commissioner = Tilaaja
staff-order-title = Mitä tilattiin?
staff-order-notes = Muuta tietoa
staff-order-save = Tallenna tilaus
staff-order-saved = Tilaus on tallessa.
staff-commissioners-list = Tilaajat
staff-commissioner-price = { $price } tunnilta, lisäksi arvonlisävero { $vat } prosenttia
staff-commissioner-new = Uusi tilaaja
staff-commissioner-name = Tilaajan nimi
staff-commissioner-contact = Yhteyshenkilö ja puhelin
staff-commissioner-price-label = Hinta tunnilta euroina ilman arvonlisäveroa
staff-commissioner-vat = Arvonlisävero prosentteina
staff-commissioner-vat-help = Yleensä 25,5. Sosiaalipalveluista ei usein makseta arvonlisäveroa. Silloin kirjoita 0.
staff-commissioner-save = Tallenna tilaaja
staff-commissioner-saved = Tilaaja on tallessa.
staff-commissioner-edit = Muuta: { $name }
staff-commissioner-price-change-help = Uusi hinta koskee uusia hyväksyttyjä töitä. Vanhat työt laskutetaan vanhalla hinnalla.
## Ohjaaja: osallistujat.
staff-people-title = Osallistujat
staff-person-new = Lisää osallistuja
staff-person-new-help = Tarvitset tähän netin. Koodi tulee netin kautta.
staff-person-name = Nimi
staff-person-groups = Ryhmät
staff-groups-title = Ryhmät
staff-groups-none = Yksiköllä ei ole vielä ryhmiä.
staff-group-name = Uuden ryhmän nimi
staff-group-add = Lisää ryhmä
staff-group-added = Ryhmä on nyt lisätty.
staff-groups-saved = Ryhmät on nyt tallennettu.
staff-person-add = Lisää ja näytä koodi
staff-person-added = Osallistuja on lisätty. Näytä koodi hänelle.
staff-person-open = Avaa: { $name }
staff-code-for = Koodi: { $name }
staff-code-qr = Koodi kuvana. Kun kuvaat sen puhelimella, Keikka avautuu.
staff-code-until = Koodi toimii yhden kerran. Se toimii { $date } kello { $time } asti.
staff-ready-title = Valmis avoimille työmarkkinoille
staff-ready-help = Sovitte valmiudesta yhdessä osallistujan kanssa. Merkitse se vain, jos osallistuja haluaa. Tieto näkyy raporteissa.
staff-ready-since = Sovittu yhdessä: valmis avoimille työmarkkinoille { $date } alkaen
staff-not-ready = Tästä ei ole vielä sovittu.
staff-ready-today = Merkitse sovituksi tänään
staff-ready-undo = Poista merkintä
staff-ready-saved = Merkintä on tallessa.
staff-gigs-title = Valmis kokeilemaan keikkoja
staff-gigs-since = Sovittu yhdessä: valmis kokeilemaan keikkoja { $date } alkaen
staff-gigs-not = Tästä ei ole vielä sovittu.
staff-ready-agreed = Sovimme tästä yhdessä. Osallistuja haluaa sitä.
staff-ready-agree-first = Merkitse ensin, että sovitte tästä yhdessä.
staff-moved-title = Mihin osallistuja siirtyi
staff-moved-where = Mihin osallistuja siirtyi?
staff-moved-paid-work = Palkkatyöhön
staff-moved-education = Koulutukseen
staff-moved-coaching = Valmennukseen
staff-moved-pension = Eläkkeelle
staff-moved-save = Tallenna tälle päivälle
staff-moved-choose = Valitse ensin, mihin osallistuja siirtyi.
staff-moved-undo = Poista merkintä
staff-moved-saved = Tieto on tallessa.
staff-benefits-title = Tukitiedot
staff-consent-given = Osallistuja on antanut luvan. Voit nähdä hänen tukitietonsa.
staff-consent-not-given = Osallistuja ei ole antanut lupaa. Tukitiedot ovat vain hänen laitteessaan.
staff-benefits-as-they-see = Näin { $name } näkee rahansa tässä ja ensi kuussa. Luvut tulevat hänen tukitiedoistaan.
staff-benefits-not-filled = Osallistuja ei ole vielä täyttänyt tukitietoja.
staff-devices-title = Laitteet ja kirjautuminen
staff-new-code = Uusi koodi
staff-show-devices = Näytä laitteet
staff-no-devices = Laitteita ei ole.
staff-device-paired = Otettu käyttöön { $date } kello { $time }
staff-device-is-revoked = Ei enää käytössä
staff-device-waiting = { $count ->
    [one] Yksi tämän laitteen muutos odottaa puhelimessa. Puhelinta käyttää nyt { $person }. Poista ensin henkilön { $person } laite käytöstä. Anna sitten tälle henkilölle uusi koodi samaan puhelimeen. Silloin muutos lähtee.
   *[other] { $count } tämän laitteen muutosta odottaa puhelimessa. Puhelinta käyttää nyt { $person }. Poista ensin henkilön { $person } laite käytöstä. Anna sitten tälle henkilölle uusi koodi samaan puhelimeen. Silloin muutokset lähtevät.
}
staff-device-revoke = Lopeta laitteen käyttö: { $name } ({ $date } kello { $time })
staff-device-revoked = Laitetta ei voi enää käyttää.
staff-certificate-title = Todistus tehdyistä keikoista
staff-certificate-open = Näytä todistus tehdyistä keikoista
staff-certificate-language = Todistuksen kieli
staff-remove-title = Tietojen poisto
staff-remove-help = Nimi, ryhmät, muistiinpanot ja tukitiedot poistetaan. Tunnit ja palkat jäävät lukuihin ilman nimeä. Tähän tarvitaan verkkoyhteys.
staff-remove = Poista henkilön { $name } tiedot
staff-remove-confirm = Poistetaanko henkilön { $name } tiedot? Tätä ei voi perua.
staff-remove-yes = Kyllä, poista
staff-removed = Tiedot on nyt poistettu.
## Ohjaaja: raportit.
staff-reports-title = Raportit
staff-month-previous = Edellinen kuukausi
staff-month-next = Seuraava kuukausi
staff-indicators-title = Yksikön luvut
staff-indicators-help = Luvut kertovat työstä, joka tehtiin tässä kuussa.
staff-indicator-active = Osallistujia töissä
staff-indicator-tasks = Keikat, joissa työ on hyväksytty
staff-indicator-waiting = Tehty, mutta ei vielä hyväksytty
staff-indicator-hours = Työtunteja
staff-indicator-earnings = Palkat yhteensä
staff-indicator-ready = Valmiita avoimille työmarkkinoille
staff-indicator-gigs = Valmiita kokeilemaan keikkoja
staff-indicator-moved = Siirtyi eteenpäin
staff-pay-title = Palkanmaksu
staff-pay-help = Hyväksytyt palkat, jotka maksetaan tässä kuussa.
staff-pay-download = Lataa palkat taulukkona
staff-pay-empty = Tässä kuussa ei makseta hyväksyttyjä palkkoja.
staff-invoice-title = Laskut
staff-invoice-help = Hyväksytyt tunnit tässä kuussa. Hinta on tilaajan hinta. Arvonlisävero on mukana.
staff-invoice-download = Lataa laskun rivit taulukkona
staff-invoice-empty = Tältä kuulta ei ole tunteja, joista lähtee lasku.
staff-report-pending = Kaikkia muutoksia ei ole vielä lähetetty. Luvut voivat vielä muuttua.
staff-col-name = Nimi
staff-col-employer = Työnantaja
staff-col-hours = Tunnit
staff-col-gross = Palkka
staff-col-commissioner = Tilaaja
staff-col-net = Ilman arvonlisäveroa
staff-col-vat = Arvonlisävero
staff-col-total = Yhteensä
## Ohjaaja: palkka- ja laskutiedostot (CSV), ohjaajan kielellä.
csv-month = Kuukausi
csv-participant-id = Osallistujan tunniste
csv-name = Nimi
csv-employer = Työnantaja
csv-contract = Sopimus
csv-contract-employment = Työsopimus
csv-contract-commission = Toimeksiantosopimus
csv-tasks = Keikkoja
csv-hours = Tunnit
csv-gross = Palkka (euroa)
csv-commissioner-id = Tilaajan tunniste
csv-commissioner = Tilaaja
csv-price = Hinta tunnilta ilman arvonlisäveroa (euroa)
csv-net = Ilman arvonlisäveroa (euroa)
csv-vat-percent = Arvonlisävero (prosenttia)
csv-vat = Arvonlisävero (euroa)
csv-total = Yhteensä (euroa)

## The unit's pay calendar
staff-pay-intro = Kerro, milloin yksikkö maksaa palkat. Osallistujat näkevät silloin, mihin kuukauteen palkka vaikuttaa.
staff-pay-none = Palkan maksupäivää ei ole asetettu. Laskelmat olettavat, että palkka tulee samassa kuussa.
staff-pay-current-next-month = Kuukauden työt maksetaan seuraavan kuun { $day }. päivänä.
staff-pay-current-every-second-week = Palkka maksetaan joka toinen { $weekday } { $date } alkaen. Työstä pitää olla ainakin { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
}.
staff-pay-current-after-approval = Palkka maksetaan { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
} hyväksynnän jälkeen.
staff-pay-kind = Milloin palkka maksetaan?
staff-pay-kind-next-month = Seuraavan kuun tiettynä päivänä
staff-pay-kind-every-second-week = Joka toinen viikko
staff-pay-kind-after-approval = Jonkin ajan päästä hyväksynnästä
staff-pay-day = Maksupäivä (1–31)
staff-pay-first = Ensimmäinen maksupäivä
staff-pay-after-days = Montako päivää työstä maksuun ainakin?
staff-pay-days = Montako päivää hyväksynnästä maksuun?
staff-pay-day-help = Joissakin kuukausissa ei ole näin monta päivää. Silloin palkka maksetaan kuukauden viimeisenä päivänä. Pankit eivät maksa palkkoja viikonloppuna eivätkä juhlapäivinä. Silloin palkka maksetaan edellisenä päivänä, jona pankit ovat auki.
staff-pay-first-help = Palkka maksetaan joka toinen viikko tästä päivästä alkaen. Päivä saa olla enintään vuoden päästä. Pankit eivät maksa palkkoja viikonloppuna eivätkä juhlapäivinä. Silloin palkka maksetaan edellisenä päivänä, jona pankit ovat auki.
staff-pay-after-days-help = Kirjoita luku { $min }–{ $max }. Palkka tulee seuraavana maksupäivänä, kun työstä on kulunut ainakin näin monta päivää.
staff-pay-days-help = Kirjoita luku { $min }–{ $max }. Pankit eivät maksa palkkoja viikonloppuna eivätkä juhlapäivinä. Silloin palkka maksetaan edellisenä päivänä, jona pankit ovat auki.
staff-pay-save = Tallenna
staff-pay-saved = Palkanmaksu on tallennettu.
staff-pay-error-day = Kirjoita päivä numerona 1–31.
staff-pay-error-first = Valitse päivä väliltä { $earliest }–{ $latest }.
staff-pay-error-days = Kirjoita luku { $min }–{ $max }.
staff-pay-missing = Palkan maksupäivää ei ole asetettu. Siksi osallistujat eivät näe, mihin kuukauteen palkka vaikuttaa.
staff-pay-open = Aseta palkanmaksu
