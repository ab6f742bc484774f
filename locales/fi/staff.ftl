# Ohjaajan näkymien tekstit: vain täydessä versiossa (ohjaajan sovellus), ei osallistujan verkkoversiossa.

## Todistus tehdyistä keikoista (ei työtodistus).
certificate-title = Todistus tehdyistä keikoista
certificate-unit = Todistuksen antaa { $unit }, jonka kautta keikat on tehty.
certificate-not-employment = Tämä ei ole työtodistus. Todistuksessa luetellaan tehdyt keikat sekä kunkin keikan työnantaja ja sopimuksen laji. Toimeksiantosopimuksella tehty työ ei ole työsuhde.
certificate-employment-from = Työsopimuksella tehdyistä keikoista työtodistuksen antaa työnantaja: { $employer }.
certificate-col-employer = Työnantaja
certificate-col-contract = Sopimus
certificate-none = Hyväksyttyjä töitä ei vielä ole.
certificate-total = { $count ->
    [one] 1 työ
   *[other] { $count } työtä
}, yhteensä { $time }.
certificate-given = Todistuksen antoi { $name } { $date }.
## Ohjaaja: valikko ja asetukset.
staff-nav-approvals = Hyväksy työt
staff-nav-tasks = Keikat
staff-nav-people = Osal­listujat
staff-nav-reports = Rapor­tit
staff-nav-settings = Ase­tukset
staff-settings-title = Asetukset
## Ohjaaja: hyväksyntä.
staff-approvals-title = Hyväksyt­tävät työt
staff-approvals-none = Kaikki ilmoitetut työt on käsitelty.
staff-approvals-count = { $count ->
    [one] 1 työ odottaa hyväksyntää.
   *[other] { $count } työtä odottaa hyväksyntää.
}
staff-reported = Ilmoitettu aika
staff-estimated = Arvioitu aika
staff-pay = Palkka
staff-paid-on = Maksupäivä
staff-over-estimate = Ilmoitettu aika on arviota pidempi.
staff-not-yet-started = Työ on merkitty tehdyksi ennen keikan alkamisaikaa. Tarkista osallistujalta, että työ on tehty, ennen kuin hyväksyt.
staff-approve = Hyväksy
staff-approved-saved = Hyväksytty. Osallistuja näkee palkan seuraavalla päivityksellä.
staff-undo-approval = Kumoa hyväksyntä
staff-undo-until = Voit kumota hyväksynnän klo { $time } asti.
staff-undo-too-late = Hyväksyntää ei voi enää kumota: kumoamisen aika päättyi. Hyväksyntä pysyy voimassa.
staff-approval-undone = Hyväksyntä on kumottu. Työ odottaa taas hyväksyntää.
staff-adjust = Muuta aikaa
staff-adjust-title = Hyväksyttävä aika
staff-adjust-pay = Palkka tällä ajalla: { $amount }
staff-adjust-reason = Miksi aika muuttuu?
staff-adjust-reason-help = Osallistuja näkee perustelun.
staff-reason-needed = Kirjoita perustelu, kun muutat aikaa.
staff-adjust-approve = Hyväksy { $time }
staff-reject = Älä hyväksy
staff-reject-title = Työtä ei hyväksytä
staff-reject-reason = Viesti osallistujalle
staff-reject-reason-help = Osallistuja lukee tämän. Kirjoita ystävällisesti ja kerro, mitä seuraavaksi tapahtuu.
staff-reject-default = Tätä työtä ei voitu hyväksyä. Jutellaan siitä yhdessä seuraavan kerran, kun tapaamme.
staff-reject-send = Lähetä
staff-rejected-saved = Tallennettu. Osallistuja näkee viestin seuraavalla päivityksellä.
staff-unreported-title = Ei ilmoitettu
staff-unreported-help = Näiden keikkojen aika on päättynyt, mutta työtä ei ole ilmoitettu.
staff-unreported-none = Osallistuja ei ole ilmoittanut työtä.
staff-no-show = Ei tullut
staff-no-show-saved = Merkitty: ei tullut. Paikka vapautui.
staff-feedback-title = Tilaajan palaute
staff-feedback-help = Kirjoita tilaajan palaute. Se näkyy osallistujan tehdyissä töissä ja todistuksessa tehdyistä keikoista.
staff-feedback-label = Palaute
staff-feedback-needed = Kirjoita palaute ensin.
staff-feedback-save = Tallenna palaute
staff-feedback-saved = Palaute on tallennettu.
staff-approved-amount = Hyväksytty palkka { $amount }
## Ohjaaja: keikat.
staff-tasks-title = Yksikön keikat
staff-new-task = Uusi keikka
staff-orders-open = Tilaajat ja tilaukset
staff-tasks-coming = Tulevat
staff-tasks-none = Ei tulevia keikkoja.
staff-tasks-past = Menneet
staff-seats-taken = Paikkoja varattu { $taken } / { $seats }
staff-task-holders = Varanneet: { $names }
staff-task-groups = { $count ->
    [one] Näkyy ryhmälle { $groups }
   *[other] Näkyy ryhmille { $groups }
}
staff-task-everyone = Näkyy kaikille yksikön osallistujille
staff-task-cancelled = Peruttu
staff-task-changed = { $count ->
    [one] Muutettu kerran julkaisun jälkeen
   *[other] Muutettu { $count } kertaa julkaisun jälkeen
}
staff-edit = Muuta
staff-copy = Kopioi
staff-cancel-task = Peru keikka
staff-cancel-confirm = Perutaanko keikka? Varanneet näkevät, että keikka on peruttu.
staff-cancel-yes = Kyllä, peru
staff-cancel-no = Älä peru
staff-task-cancelled-saved = Keikka on peruttu.
## Ohjaaja: keikkalomake.
staff-form-new-title = Uusi keikka
staff-form-edit-title = Muuta keikkaa
staff-form-copy-title = Uusi keikka kopiosta
staff-form-order = Tilaus
staff-form-no-order = Ei tilausta (yksikön oma työ)
staff-form-title = Otsikko
staff-form-steps = Työn vaiheet selkokielellä
staff-form-steps-help = Yksi vaihe riville: mitä ottaa mukaan, minne mennä, kuka ottaa vastaan.
staff-form-title-sv = Otsikko ruotsiksi (vapaaehtoinen)
staff-form-sv-help = Ruotsinkieliset osallistujat näkevät otsikon ja vaiheet ruotsiksi. Jos jätät nämä tyhjiksi, he näkevät keikan suomeksi.
staff-form-steps-sv = Työn vaiheet ruotsiksi (vapaaehtoinen)
staff-form-place = Paikka
staff-form-date = Päivä
staff-form-start = Alkaa
staff-form-end = Päättyy
staff-form-hours = Arvioitu työaika tunteina
staff-form-hours-help = Työaika ilman taukoja, esimerkiksi 2 tai 2,5. Jos se on lyhyempi kuin keikan aika, osallistuja näkee eron taukoina.
staff-form-pay-kind = Miten palkka maksetaan?
staff-form-hourly = Tuntipalkka
staff-form-fixed = Urakka (koko keikasta)
staff-form-pay = Palkka euroina
staff-form-seats = Tekijöitä
staff-form-seats-less = Vähemmän tekijöitä
staff-form-seats-more = Enemmän tekijöitä
staff-form-instructor = Ryhmän ohjaaja
staff-form-contract = Sopimus
staff-form-employment = Työsopimus
staff-form-commission = Toimeksiantosopimus
staff-form-groups = Kenelle keikka näkyy?
staff-form-groups-help = Jos et valitse ryhmää, keikka näkyy kaikille yksikön osallistujille.
staff-form-repeat = Toistuu viikoittain
staff-form-repeat-help = Sama keikka samaan aikaan myös seuraavina viikkoina.
staff-form-repeat-less = Vähemmän viikkoja
staff-form-repeat-more = Enemmän viikkoja
staff-form-repeat-value = { $count ->
    [0] Vain kerran
    [one] 1 viikko lisää
   *[other] { $count } viikkoa lisää
}
staff-form-edit-help = Keikan varanneet näkevät muutoksen seuraavalla päivityksellä.
staff-form-publish = Julkaise
staff-form-save-changes = Tallenna muutokset
staff-form-check = Tarkista merkityt kohdat.
staff-task-saved = Keikka on tallennettu.
staff-error-title = Kirjoita otsikko.
staff-error-title-sv = Kirjoita otsikko ruotsiksi, kun kirjoitat vaiheet ruotsiksi.
staff-error-place = Kirjoita paikka.
staff-error-steps = Tarkista vaiheet: enintään 30 riviä.
staff-error-instructor = Tarkista ohjaajan nimi.
staff-error-date = Valitse päivä.
staff-error-time = Kirjoita kellonaika, esimerkiksi 09:00.
staff-error-end = Keikan pitää päättyä samana päivänä alkamisen jälkeen.
staff-error-hours = Kirjoita tunnit, esimerkiksi 2,5 (enintään 24).
staff-error-hours-window = Työaika on pidempi kuin keikan aika. Lyhennä työaikaa tai muuta alkamis- tai päättymisaikaa.
staff-error-pay = Kirjoita summa euroina, esimerkiksi 10,50.
staff-error-pay-task = Kirjoita palkka euroina, enintään 1 000 €, esimerkiksi 10,50.
staff-error-seats = Tekijöitä voi olla 1–50.
staff-error-name = Kirjoita nimi.
staff-error-vat = Kirjoita prosentti, esimerkiksi 25,5 tai 0.
## Ohjaaja: tilaajat ja tilaukset.
staff-orders-title = Tilaajat ja tilaukset
staff-orders-list = Tilaukset
staff-orders-none = Ei vielä tilauksia.
staff-task-from-order = Uusi keikka tästä tilauksesta
staff-order-new = Uusi tilaus
staff-order-commissioner = Tilaaja
staff-order-title = Mitä tilattiin?
staff-order-notes = Lisätiedot
staff-order-save = Tallenna tilaus
staff-order-saved = Tilaus on tallennettu.
staff-commissioners-list = Tilaajat
staff-commissioner-price = { $price } tunnilta + alv { $vat } %
staff-commissioner-new = Uusi tilaaja
staff-commissioner-name = Tilaajan nimi
staff-commissioner-contact = Yhteyshenkilö ja puhelin
staff-commissioner-price-label = Hinta tunnilta ilman alv:tä, euroina
staff-commissioner-vat = Arvonlisävero, prosenttia
staff-commissioner-vat-help = Yleensä 25,5. Sosiaalipalvelut ovat usein arvonlisäverottomia. Kirjoita silloin 0.
staff-commissioner-save = Tallenna tilaaja
staff-commissioner-saved = Tilaaja on tallennettu.
staff-commissioner-edit = Muuta: { $name }
staff-commissioner-price-change-help = Uusi hinta koskee töitä, jotka hyväksytään muutoksen jälkeen. Jo hyväksytyt työt laskutetaan vanhalla hinnalla.
## Ohjaaja: osallistujat.
staff-people-title = Osallistujat
staff-person-new = Lisää osallistuja
staff-person-new-help = Tähän tarvitaan verkkoyhteys: palvelin antaa kirjautumiskoodin.
staff-person-name = Nimi
staff-person-groups = Ryhmät
staff-groups-title = Ryhmät
staff-groups-none = Yksiköllä ei ole vielä ryhmiä.
staff-group-name = Uuden ryhmän nimi
staff-group-add = Lisää ryhmä
staff-group-added = Ryhmä on lisätty.
staff-groups-saved = Ryhmät on tallennettu.
staff-person-add = Lisää ja näytä koodi
staff-person-added = Osallistuja on lisätty. Näytä koodi hänelle.
staff-person-open = Avaa: { $name }
staff-code-for = Kirjautumiskoodi: { $name }
staff-code-qr = QR-koodi, joka avaa sovelluksen koodin kanssa
staff-code-until = Koodi toimii kerran. Se on voimassa { $date } klo { $time } asti.
staff-ready-title = Valmius avoimille työmarkkinoille
staff-ready-help = Valmius arvioidaan yhdessä osallistujan kanssa. Merkitse se vain, kun osallistuja itse haluaa sitä. Merkintä näkyy raporteissa.
staff-ready-since = Sovittu osallistujan kanssa: valmis avoimille työmarkkinoille { $date } alkaen
staff-not-ready = Valmiudesta avoimille työmarkkinoille ei ole sovittu.
staff-ready-today = Merkitse sovituksi tänään
staff-ready-undo = Poista merkintä
staff-ready-saved = Sovittu valmius on merkitty.
staff-gigs-title = Valmius kokeilla keikkoja
staff-gigs-since = Sovittu osallistujan kanssa: valmis kokeilemaan keikkoja { $date } alkaen
staff-gigs-not = Valmiudesta kokeilla keikkoja ei ole sovittu.
staff-ready-agreed = Sovimme tästä yhdessä, ja osallistuja haluaa sitä.
staff-ready-agree-first = Merkitse ensin, että olette sopineet tästä yhdessä.
staff-moved-title = Siirtyminen eteenpäin
staff-moved-where = Mihin osallistuja siirtyi?
staff-moved-paid-work = Palkkatyöhön
staff-moved-education = Koulutukseen
staff-moved-coaching = Valmennukseen
staff-moved-pension = Eläkkeelle
staff-moved-save = Tallenna tänään
staff-moved-choose = Valitse ensin, mihin osallistuja siirtyi.
staff-moved-undo = Poista merkintä
staff-moved-saved = Siirtyminen on tallennettu.
staff-benefits-title = Tukitiedot
staff-consent-given = Osallistuja on antanut luvan jakaa tukitietonsa.
staff-consent-not-given = Osallistuja ei ole antanut lupaa jakaa tukitietojaan. Ne pysyvät hänen omalla laitteellaan.
staff-benefits-as-they-see = Näin { $name } näkee rahansa tässä ja ensi kuussa. Luvut tulevat hänen jakamistaan tukitiedoista.
staff-benefits-not-filled = Osallistuja ei ole vielä täyttänyt tukitietojaan.
staff-devices-title = Laitteet ja kirjautuminen
staff-new-code = Uusi kirjautumiskoodi
staff-show-devices = Näytä laitteet
staff-no-devices = Ei laitteita.
staff-device-paired = Otettu käyttöön { $date } klo { $time }
staff-device-is-revoked = Poistettu käytöstä
staff-device-waiting = { $count ->
    [one] Yksi tällä laitteella tehty muutos odottaa lähettämättä puhelimessa, joka on nyt henkilön { $person } käytössä. Jotta se lähtee, poista ensin henkilön { $person } laite käytöstä ja anna sitten tälle henkilölle uusi koodi samaan puhelimeen.
   *[other] { $count } tällä laitteella tehtyä muutosta odottaa lähettämättä puhelimessa, joka on nyt henkilön { $person } käytössä. Jotta ne lähtevät, poista ensin henkilön { $person } laite käytöstä ja anna sitten tälle henkilölle uusi koodi samaan puhelimeen.
}
staff-device-revoke = Poista käytöstä: { $name } ({ $date } klo { $time })
staff-device-revoked = Laite on poistettu käytöstä.
staff-certificate-title = Todistus tehdyistä keikoista
staff-certificate-open = Näytä todistus tehdyistä keikoista
staff-certificate-language = Todistuksen kieli
staff-remove-title = Tietojen poisto
staff-remove-help = Poistaa nimen, ryhmät, laitteiden nimet, muistiinpanot, palautteet ja jaetut tukitiedot. Tehdyt tunnit ja palkat jäävät yksikön lukuihin ilman nimeä. Tähän tarvitaan verkkoyhteys.
staff-remove = Poista osallistujan { $name } tiedot
staff-remove-confirm = Poistetaanko osallistujan { $name } tiedot pysyvästi? Tätä ei voi perua.
staff-remove-yes = Kyllä, poista pysyvästi
staff-removed = Tiedot on poistettu.
## Ohjaaja: raportit.
staff-reports-title = Raportit
staff-month-previous = Edellinen kuukausi
staff-month-next = Seuraava kuukausi
staff-indicators-title = Yksikön luvut
staff-indicators-help = Luvut koskevat työtä, joka on tehty tässä kuussa.
staff-indicator-active = Osallistujia töissä
staff-indicator-tasks = Keikat, joissa on hyväksyttyä työtä
staff-indicator-waiting = Tehty, odottaa hyväksyntää
staff-indicator-hours = Työtunteja
staff-indicator-earnings = Palkkoja yhteensä
staff-indicator-ready = Valmiita avoimille työmarkkinoille
staff-indicator-gigs = Valmiita kokeilemaan keikkoja
staff-indicator-moved = Siirtyi eteenpäin
staff-pay-title = Palkanmaksu
staff-pay-help = Hyväksytyt palkat, joiden maksupäivä on tässä kuussa.
staff-pay-download = Lataa palkat (CSV)
staff-pay-empty = Tässä kuussa ei makseta hyväksyttyjä palkkoja.
staff-invoice-title = Laskutus
staff-invoice-help = Tässä kuussa tehdyt hyväksytyt tunnit tilaajan hinnalla ja arvonlisäverolla.
staff-invoice-download = Lataa laskurivit (CSV)
staff-invoice-empty = Tältä kuulta ei ole laskutettavia tunteja.
staff-report-pending = Osa muutoksista odottaa vielä lähettämistä. Luvut voivat muuttua, kun ne on lähetetty.
staff-col-name = Nimi
staff-col-employer = Työnantaja
staff-col-hours = Tunnit
staff-col-gross = Palkka
staff-col-commissioner = Tilaaja
staff-col-net = Ilman alv:tä
staff-col-vat = Alv
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
csv-gross = Palkka (€)
csv-commissioner-id = Tilaajan tunniste
csv-commissioner = Tilaaja
csv-price = Hinta tunnilta ilman alv:tä (€)
csv-net = Ilman alv:tä (€)
csv-vat-percent = Alv (%)
csv-vat = Alv (€)
csv-total = Yhteensä (€)

## The unit's pay calendar
staff-pay-intro = Kerro, milloin yksikkösi maksaa palkat. Osallistujien rahalaskelmat laskevat palkan sen kuun tuloksi, jona se maksetaan.
staff-pay-none = Palkanmaksupäivää ei ole asetettu. Osallistujien laskelmat olettavat, että palkka maksetaan samassa kuussa kuin työ tehdään.
staff-pay-current-next-month = Kuukauden työt maksetaan seuraavan kuun { $day }. päivänä.
staff-pay-current-every-second-week = Palkka maksetaan joka toinen { $weekday } { $date } alkaen. Työ maksetaan, kun siitä on kulunut vähintään { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
}.
staff-pay-current-after-approval = Palkka maksetaan { $days ->
    [one] 1 päivä
   *[other] { $days } päivää
} hyväksynnän jälkeen.
staff-pay-kind = Milloin palkka maksetaan?
staff-pay-kind-next-month = Kuukauden työt seuraavan kuun tiettynä päivänä
staff-pay-kind-every-second-week = Joka toinen viikko
staff-pay-kind-after-approval = Tietyn ajan kuluttua hyväksynnästä
staff-pay-day = Maksupäivä (1–31)
staff-pay-first = Ensimmäinen maksupäivä
staff-pay-after-days = Päiviä työstä maksuun vähintään
staff-pay-days = Päiviä hyväksynnästä maksuun
staff-pay-day-help = Jos kuussa ei ole näin montaa päivää, palkka maksetaan kuun viimeisenä päivänä. Jos maksupäivä ei ole pankkipäivä (lauantai, sunnuntai, juhlapyhä, juhannus- tai jouluaatto), palkka maksetaan edellisenä pankkipäivänä.
staff-pay-first-help = Maksupäivä toistuu kahden viikon välein tästä päivästä. Päivä voi olla mennyt, mutta enintään vuoden päässä. Jos maksupäivä ei ole pankkipäivä, palkka maksetaan edellisenä pankkipäivänä.
staff-pay-after-days-help = { $min }–{ $max } päivää. Työ maksetaan ensimmäisenä maksupäivänä, jona siitä on kulunut vähintään näin monta päivää.
staff-pay-days-help = { $min }–{ $max } päivää. Jos päivä ei ole pankkipäivä (lauantai, sunnuntai, juhlapyhä, juhannus- tai jouluaatto), palkka maksetaan edellisenä pankkipäivänä.
staff-pay-save = Tallenna palkanmaksu
staff-pay-saved = Palkanmaksu on tallennettu.
staff-pay-error-day = Anna päivä numerona 1–31.
staff-pay-error-first = Anna päivämäärä väliltä { $earliest }–{ $latest }.
staff-pay-error-days = Anna päivien määrä numerona { $min }–{ $max }.
staff-pay-missing = Palkanmaksupäivää ei ole asetettu, joten osallistujat eivät näe, minkä kuun tukiin palkka vaikuttaa.
staff-pay-open = Aseta palkanmaksu
