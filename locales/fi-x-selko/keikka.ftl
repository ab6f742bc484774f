# Keikka, selkosuomi. Lyhyet lauseet. Yksi asia yhdessä lauseessa. Ei lyhenteitä.

app-name = Keikka
document-title = { $screen } – Keikka

## Synkronointi.
sync-saved-on-phone = Tämä on tallessa tässä laitteessa. Se lähtee, kun netti toimii.
sync-sent = Lähetetty.
sync-last = Tiedot päivitettiin kello { $time }.
sync-last-day = Tiedot päivitettiin { $date } kello { $time }.
sync-never = Tiedot eivät ole vielä päivittyneet.
sync-offline = Netti ei toimi nyt. Kaikki on tallessa tässä laitteessa.
sync-offline-nothing-waiting = Netti ei toimi nyt. Näet tiedot sellaisina kuin ne olivat viimeksi.
needs-network = Netti ei toimi nyt. Tätä ei voi tehdä ilman nettiä. Mitään ei tallennettu. Yritä uudelleen myöhemmin.
sync-server-error = Yhteys ei toiminut. Kaikki on tallessa. Kokeile myöhemmin uudelleen.
sync-daily-limit = Tästä puhelimesta on lähetetty tänään todella paljon. Kaikki on tallessa puhelimessa. Se lähtee myöhemmin. Jos tämä toistuu, kerro ohjaajalle.
sync-too-many-created = Tästä laitteesta on tehty tänään todella paljon. Tätä ei tallennettu. Kokeile huomenna uudelleen.
sync-too-many-requests = Tämä laite on ottanut yhteyttä liian usein. Kaikki on tallessa. Kokeile minuutin päästä uudelleen.
sync-conflict = Tämä muutos ei ehkä onnistu. Lähetämme sen silti. Näet pian, onnistuiko se.

## Laitteen liittäminen.
pairing-invalid-code = Koodi ei toimi. Katso koodi uudelleen. Voit pyytää ohjaajalta uuden koodin.
pairing-too-many-attempts = Koodia ei voi nyt kokeilla. Yrityksiä on tullut liian monta. Odota 15 minuuttia. Kokeile sitten uudelleen.
# A supervisor's device in the participant's web build: it opens the supervisor's app.
staff-app-title = Ohjaajan sivu
staff-app-text = Tämä laite on ohjaajan. Ohjaajan sivu aukeaa pian.
staff-app-open = Avaa ohjaajan sivu
pairing-revoked = Tätä laitetta ei voi enää käyttää. Pyydä ohjaajalta uusi koodi.

## Miksi muutos ei mennyt läpi.
reason-task-full = Joku muu ehti ensin. Se ei ole sinun vikasi. Katso muita keikkoja.
reason-task-not-open = Tätä keikkaa ei voi enää ottaa. Keikka on peruttu, tai sen aika on mennyt.
reason-already-claimed = Sinulla on jo tämä keikka.
reason-not-found = Tätä ei löytynyt.
reason-forbidden = Et voi tehdä tätä.
reason-invalid-transition = Et voi tehdä tätä nyt. Katso keikan tiedot.
reason-already-decided = Tämä asia on jo päätetty.
reason-id-in-use = Tämä on jo tallessa.
reason-invalid-input = Jokin tieto puuttuu. Katso tiedot uudelleen.

## Yleiset.
back = Takaisin
notice-close = Sulje
error-storage = Laite ei voinut lukea tai tallentaa tietoja. Sulje Keikka-sovellus ja avaa se uudelleen. Jos tämä tapahtuu uudelleen, kerro ohjaajalle.
error-storage-full = Puhelimen muisti on täynnä. Tätä ei tallennettu. Aiemmat tiedot ovat tallessa. Poista puhelimesta kuvia tai sovelluksia. Yritä sitten uudelleen.
error-cannot-open = Keikka-sovellus ei voi tallentaa tietoja tähän laitteeseen. Kokeile toista nettiselainta, esimerkiksi Chromea tai Safaria. Voit myös kertoa ohjaajalle.
open-elsewhere = Keikka on jo auki toisessa ikkunassa. Käytä sitä. Kun suljet sen, Keikka jatkaa tässä.
read-only-here = Keikka on auki myös toisessa ikkunassa. Tässä voit vain katsoa. Kun suljet toisen, Keikka jatkaa tässä.
read-only-elsewhere = Tätä ei tallennettu. Keikka on auki myös toisessa ikkunassa. Tee se siellä. Tai sulje se, niin Keikka jatkaa tässä.
open-newer = Tässä laitteessa on uudempi Keikka. Lataa sivu uudelleen. Tietosi ovat tallessa.
open-newer-reload = Lataa uudelleen
update-ready = Keikasta on uusi versio. Se tulee, kun suljet Keikan. Mitään ei katoa.
update-take = Ota uusi versio nyt
sync-update = Päivitä
sync-updating = Tiedot päivittyvät…
sync-done = Tiedot on päivitetty.
sync-refused = Kaikki muutokset eivät menneet läpi. Katso sivu Omat keikat.
sync-pending = { $count ->
    [one] 1 asia ei ole vielä lähtenyt.
   *[other] { $count } asiaa ei ole vielä lähtenyt.
}

## Raha, päivät ja ajat.
money = { $amount } euroa
date = { $weekday } { $day }
task-when = { $date } kello { $start }–{ $end }
task-when-days = { $date } kello { $start } – { $end-date } kello { $end }
month-name = { $month } { $year }
duration-minutes = { $minutes ->
    [one] 1 minuutti
   *[other] { $minutes } minuuttia
}
duration-hours = { $hours ->
    [one] 1 tunti
   *[other] { $hours } tuntia
}
duration-hours-minutes = { $hours ->
    [one] 1 tunti
   *[other] { $hours } tuntia
} { $minutes ->
    [one] 1 minuutti
   *[other] { $minutes } minuuttia
}
weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
month-1 = tammikuu
month-2 = helmikuu
month-3 = maaliskuu
month-4 = huhtikuu
month-5 = toukokuu
month-6 = kesäkuu
month-7 = heinäkuu
month-8 = elokuu
month-9 = syyskuu
month-10 = lokakuu
month-11 = marraskuu
month-12 = joulukuu
month-in = { $month ->
        [1] tammikuussa
        [2] helmikuussa
        [3] maaliskuussa
        [4] huhtikuussa
        [5] toukokuussa
        [6] kesäkuussa
        [7] heinäkuussa
        [8] elokuussa
        [9] syyskuussa
        [10] lokakuussa
        [11] marraskuussa
       *[12] joulukuussa
    } { $year }
month-from = { $month ->
        [1] tammikuusta
        [2] helmikuusta
        [3] maaliskuusta
        [4] huhtikuusta
        [5] toukokuusta
        [6] kesäkuusta
        [7] heinäkuusta
        [8] elokuusta
        [9] syyskuusta
        [10] lokakuusta
        [11] marraskuusta
       *[12] joulukuusta
    } { $year } alkaen
date-on = { $weekday ->
        [1] maanantaina
        [2] tiistaina
        [3] keskiviikkona
        [4] torstaina
        [5] perjantaina
        [6] lauantaina
       *[7] sunnuntaina
    } { $day }

## Valikko.
nav-label = Valikko
nav-tasks = Keikat
nav-my-tasks = Omat keikat
nav-money = Rahat
nav-me = Minä

## Laitteen liittäminen.
pairing-title = Tervetuloa Keikka-sovellukseen
pairing-intro = Saat ohjaajalta koodin. Kirjoita koodi tähän. Et tarvitse salasanaa.
pairing-code-label = Koodi
pairing-code-help = Koodi on paperilla tai ohjaajan näytöllä. Voit kirjoittaa isoilla tai pienillä kirjaimilla.
pairing-server-label = Osoite
pairing-submit = Aloita
pairing-busy = Odota hetki…
pairing-code-missing = Kirjoita koodi, jonka sait ohjaajalta.
pairing-device-name = Osallistujan laite
pairing-done = Valmista. Nyt näet keikat, joita voit ottaa.

## Vapaat keikat.
tasks-title = Vapaat keikat
tasks-today = Tänään
tasks-this-week = Tällä viikolla
tasks-later = Myöhemmin
tasks-none = Nyt ei ole vapaita keikkoja. Katso myöhemmin uudelleen. Voit myös kysyä ohjaajalta.
tasks-profile-nudge = Täytä tukitietosi. Silloin näet, paljonko sinulle jää rahaa.
tasks-show-more = Näytä lisää ({ $count })
task-pay-line = Palkka noin { $pay }
task-pay-line-fixed = Palkka { $pay }
task-seats-left = { $count ->
    [one] 1 paikka vapaana
   *[other] { $count } paikkaa vapaana
}
badge-keep = Sinulle jää noin { $amount }
badge-keep-loss = Saat noin { $amount } vähemmän rahaa
badge-keep-nothing = Et saa lisää rahaa. Saat työkokemusta.
badge-check = Lue tärkeä tieto.

## Yksi keikka.
task-when-label = Milloin
task-place-label = Missä
task-time-label = Kauanko työ kestää
task-time-with-breaks = { $work } työtä. Taukoja on { $breaks }.
task-pay-label = Palkka
task-pay-hourly = { $rate } tunnilta, yhteensä noin { $pay }
task-pay-fixed = { $pay } koko keikasta
task-contract-label = Sopimus
contract-employment = Työsopimus: olet työntekijä ja saat palkkaa
contract-commission = Toimeksiantosopimus (ei työsopimus)
task-instructor-label = Ohjaaja on paikalla
task-seats-label = Paikkoja
task-steps-title = Näin keikka menee
task-money-title = Miten tämä keikka muuttaa rahojasi { $month-in }
task-take = Otan tämän keikan
task-taken = Otit keikan. Se on tallessa tässä laitteessa. Paikka on varma, kun tieto on lähetetty.
task-confirmed = Paikka on varma. Keikka on sinun.
task-is-yours = Tämä keikka on sinun.
task-not-available = Et voi ottaa tätä keikkaa nyt.
task-gone = Tätä keikkaa ei enää löydy.

## Mitä keikka tekee rahoillesi.
money-earn = Saat palkkaa { $amount }.
money-earn-about = Saat palkkaa noin { $amount }.
money-benefit-falls = { $benefit } pienenee { $amount }.
money-benefit-rises = { $benefit } kasvaa { $amount }.
money-benefit-same = { $benefit } pysyy samana.
money-benefit-unknown = Emme tiedä, miten { $benefit-mid } muuttuu. Kysy ohjaajalta.
money-keep = Sinulle jää { $month-in } { $amount } enemmän rahaa. Vero ei ole mukana.
money-keep-nothing = Tästä työstä ei jää sinulle lisää rahaa. Tukesi pienenevät yhtä paljon. Saat silti työkokemusta. Hyväksytty työ näkyy todistuksessa keikoistasi.
money-keep-loss = Tämän keikan takia sinulla olisi { $amount } vähemmän rahaa { $month-in }. Kysy ohjaajalta neuvoa, ennen kuin otat keikan.
money-talk-to-supervisor = Puhu ohjaajan kanssa, ennen kuin päätät.
money-before-tax = Näistä luvuista ei ole vähennetty veroa. Saat käteen vähemmän. Kirjoita veroprosenttisi tukitietoihin. Silloin näet, paljonko rahaa sinulle jää.
money-cannot-say = Emme osaa nyt laskea tätä. Kysy ohjaajalta.
money-unpriced = { $count ->
    [one] Yhden keikan palkka puuttuu. Päivitä tiedot.
   *[other] { $count } keikan palkka puuttuu. Päivitä tiedot.
}
money-no-profile = Täytä tukitietosi. Sitten näet, paljonko sinulle jää rahaa.
money-fill-profile = Täytä tukitiedot
money-estimate = Luvut ovat arvio. Tuen maksaja päättää, esimerkiksi Kela.

## Varoitukset.
warning-same-day-work-activity-pay = Teet palkkatyötä { $date }. Siksi et saa työosuusrahaa siltä päivältä. Kerro ohjaajalle, että olet silloin keikalla.
warning-commission-contract-unemployment = Tässä keikassa on toimeksiantosopimus. Se ei ole työsopimus. Yleistuessa tämä työ on samanlaista kuin yrittäjän työ. Siksi keikka voi muuttaa yleistukeasi. Puhu ohjaajan kanssa, ennen kuin otat keikan. Ohjaaja auttaa sinua.
warning-pension-earnings-limit-exceeded = { $count ->
    [1] Tässä kuussa tulosi ovat yli rajan. Raja on { $limit }. Yksi kuukausi ei vielä pysäytä eläkettä. Ovatko tulosi yli rajan kolme kuukautta peräkkäin? Silloin { $pension-mid } voi jäädä lepäämään. Se tarkoittaa, että eläkkeen maksu on tauolla. Eläke ei lopu. Puhu ohjaajan kanssa.
   *[other] Tulosi ovat yli rajan { $count } kuukautta peräkkäin. Raja on { $limit }. Ovatko tulosi yli rajan kolme kuukautta peräkkäin? Silloin { $pension-mid } voi jäädä lepäämään. Se tarkoittaa, että eläkkeen maksu on tauolla. Eläke ei lopu. Puhu ohjaajan kanssa, ennen kuin otat keikan.
}
warning-pension-earnings-limit-near = Tulosi ovat lähellä rajaa. Raja on { $limit }. Ovatko tulosi yli rajan kolme kuukautta peräkkäin? Silloin { $pension-mid } voi jäädä lepäämään. Se tarkoittaa, että eläkkeen maksu on tauolla. Puhu ohjaajan kanssa.
warning-housing-allowance-revision = Tulosi kasvavat paljon ja pitkäksi aikaa. Siksi { $benefit-mid } muuttuu. Uusi tuki alkaa { $from }. Sinun pitää itse hakea muutosta Kelasta. Voit tehdä sen OmaKelassa. Hae heti, niin saat oikean määrän tukea. Ohjaaja voi auttaa sinua.
warning-housing-allowance-annual-check = Yksi keikka ei muuta asumistukea nyt. Sinun ei tarvitse kertoa siitä Kelalle heti. Kela kysyy tulosi kerran vuodessa. Kerro silloin myös keikkojen palkat. Ohjaaja voi auttaa sinua.
warning-rule-unverified = { $benefit }: yksi luku on vielä tarkistamatta. Tarkista tulos ohjaajan kanssa.

## Miksi?
why-button = Miksi?
why-without-work = Ilman keikkoja
why-with-work = Keikkojen kanssa
why-without-task = Ilman tätä keikkaa
why-with-task = Tämän keikan kanssa
why-change = Muutos
why-lands-in = Muutos näkyy
why-status = Onko luku varma
why-status-verified = Tarkistettu
why-status-verify = Luku on arvio. Emme ole vielä tarkistaneet sitä. Kysy ohjaajalta.
why-status-unknown = Emme tiedä
why-unknown = emme tiedä
why-figures = Luvut
why-sources = Mistä luvut ovat
why-source-line = { $publisher }, { $date }
why-source-undated = { $publisher }, nettisivu
why-sources-easy-kela = Luvut ovat Kelan tiedoista.
why-sources-easy-mixed = Luvut ovat Kelan ja muiden virallisten tahojen tiedoista.
why-source-own = Keikka laski tämän luvun itse. Viranomainen ei ole julkaissut sitä.
publisher-kela = Kela
publisher-parliament = Eduskunta
publisher-finlex = Finlex (lait)
publisher-unemployment-fund = Työttömyyskassa
publisher-thl = THL
publisher-pension-provider = Eläkeyhtiö
publisher-labour-market-organisations = Työmarkkinajärjestöt
publisher-municipality = Kaupunki
publisher-press = Uutinen
publisher-other = Muu lähde
why-whole-month = Luvut ovat koko kuukaudelta. Näet tuen ilman tätä keikkaa ja sen kanssa.
why-with-other-pay = Luvuissa on mukana myös muut keikkasi { $month-in }. Niistä saat { $amount }. Muutos tulee vain tästä keikasta.
why-keep-title = Näin summa lasketaan
why-keep-pay = Palkka
why-keep-benefits = Tuet muuttuvat
why-keep-contributions = Maksut palkasta
why-keep-tax = Vero
why-keep-result = Sinulle jää
why-keep-result-before-tax = Sinulle jää ennen veroa
rule-unemployment-basic = Yleistuki on Kelan tuki, kun haet työtä. Sen nimi oli ennen työmarkkinatuki. Jokainen palkkaeuro pienentää tukea 50 senttiä. Kela katsoo, minä kuukautena saat palkan. Jos teet paljon töitä, tukea ei makseta.
rule-kela-disability-pension = Ansaintaraja on summa, jonka voit ansaita kuukaudessa ja saada silti eläkettä. Ovatko tulosi yli rajan kolme kuukautta peräkkäin? Silloin eläke on tauolla. Tauko kestää ainakin kolme kuukautta. Eläke ei lopu heti. Se loppuu vasta, jos tauko kestää kaksi vuotta.
rule-earnings-related-disability-pension = Työeläkkeessä on oma raja. Oma rajasi lukee eläkepäätöksessä. Raja on aina vähintään yhtä suuri kuin Kelan raja. Ovatko tulosi yli rajan kolme kuukautta peräkkäin? Silloin eläke voi pienentyä. Eläke voi myös olla tauolla.
rule-work-activity-pay = Työosuusraha on raha, jota saat työtoiminnasta. Et saa työosuusrahaa päivältä, jolloin teet palkkatyötä.
rule-housing-general = Asumistuki auttaa sinua maksamaan asumisen menoja. Perusomavastuu on osuus, jonka maksat aina itse. Perusomavastuu kasvaa, kun tulosi kasvavat. Tuki muuttuu vain, jos tulosi muuttuvat pitkäksi aikaa. Sinun pitää itse hakea muutosta.
rule-social-assistance = Toimeentulotuki on Kelan raha, kun muut rahasi eivät riitä elämiseen. Kela laskee sen muiden tukien jälkeen. Kela vähentää menoistasi kaikki tulosi verojen jälkeen. Myös muut tuet ovat tuloja. Maaliskuusta 2026 alkaen palkka verojen jälkeen pienentää tukea yhtä paljon.
rule-pensioner-housing = Kela laskee eläkkeensaajan asumistuen koko vuoden tulojen mukaan. Tuki pienenee, kun vuositulosi kasvavat. Kela tarkistaa tuen kahden vuoden välein. Jos tulosi muuttuvat, voit hakea tarkistusta. Luvut on vielä tarkistettava.
figure-accepted-costs = Asumismenot, jotka Kela hyväksyy
figure-basic-amount = Perusosa: raha ruokaan, vaatteisiin ja muihin arjen menoihin
figure-basic-excess-before = Perusomavastuu ilman keikkoja
figure-days-in-month-total = Työosuusraha kaikista päivistä yhteensä
figure-earned-income-disregard = Palkka, joka ei pienennä toimeentulotukea
figure-earnings-limit = Ansaintaraja
figure-established-earnings = Palkka ennen eläkettä (vakiintunut ansio)
figure-full-month = Koko kuukausi
figure-per-day = Yhdeltä päivältä
figure-protected-amount-applied = Käytetty suojaosa
figure-reduction = Vähennys
figure-wages-paid-this-month = Palkka, joka maksettiin tässä kuussa
figure-income-limit = Tuloraja
figure-household-income-before = Kotitalouden tulot ilman keikkoja
figure-expenses = Menot
figure-net-wages = Palkka verojen jälkeen
figure-net-income-before = Tulot verojen jälkeen ilman keikkoja
figure-net-income-with-work = Tulot verojen jälkeen keikkojen kanssa

## Tukien nimet.
benefit-kela-disability-pension = Kelan työkyvyttömyyseläke
    .subject = Kelan työkyvyttömyyseläkkeesi
    .mid = Kelan työkyvyttömyyseläkkeesi
    .about = Kela maksaa tätä eläkettä, kun et voi tehdä tavallista työtä.
benefit-earnings-related-disability-pension = Työeläke (työkyvyttömyyseläke)
    .subject = Työeläkkeesi
    .mid = työeläkkeesi
    .about = Eläke aiemmista töistäsi. Eläkeyhtiö maksaa sitä.
benefit-work-activity-pay = Työosuusraha
    .subject = Työosuusrahasi
    .mid = työosuusrahasi
    .about = Raha, jota saat työtoiminnasta.
benefit-housing-general = Yleinen asumistuki
    .subject = Asumistukesi
    .mid = asumistukesi
    .about = Kela auttaa maksamaan asumista, kun tulot ovat pienet.
benefit-social-assistance = Toimeentulotuki
    .subject = Toimeentulotukesi
    .mid = toimeentulotukesi
    .about = Kela auttaa, kun rahat eivät riitä tärkeisiin menoihin.
benefit-pensioner-housing = Eläkkeensaajan asumistuki
    .subject = Eläkkeensaajan asumistukesi
    .mid = eläkkeensaajan asumistukesi
    .about = Kela auttaa eläkeläistä maksamaan asumista.

## Omat keikat.
mine-title = Omat keikat
mine-none = Sinulla ei ole vielä keikkoja.
mine-coming = Tulossa
mine-started = Aloitettu
mine-waiting = Odottaa hyväksyntää
mine-rejected = Ei hyväksytty
mine-approved = Hyväksytty
mine-coming-help = Otit nämä keikat. Tule ajoissa. Paina ”{ mine-start }”, kun aloitat.
mine-started-help = Paina ”{ mine-finish }”, kun työ on tehty.
mine-waiting-help = Sinun ei tarvitse tehdä mitään. Ohjaaja tarkistaa työn.
mine-rejected-help = Tästä työstä ei tule nyt palkkaa. Lue ohjaajan viesti. Puhu ohjaajan kanssa.
mine-approved-help = Työ on hyväksytty. Näet kortista, milloin saat palkan.
mine-start = Aloitin
mine-withdraw = En pääse tulemaan
mine-withdraw-confirm = Haluatko perua keikan? Silloin joku muu voi ottaa paikan.
mine-withdraw-yes = Kyllä, peru
mine-withdraw-no = Ei, pidän keikan
mine-finish = Valmis
mine-started-saved = Aloitit keikan. Se on tallessa.
mine-undo-start = En aloittanut vielä
mine-undo-start-saved = Aloitus on peruttu. Voit aloittaa myöhemmin.
mine-withdrawn-saved = Peruit keikan. Nyt joku muu voi ottaa paikan.
mine-done-saved = Hienoa! Ohjaaja tarkistaa työn pian.
mine-reported = Kerroit, että työ kesti { $time }.
mine-approved-pay = Saat palkkaa { $amount }. Saat palkan { $date }.
mine-adjusted = Ohjaaja muutti työajaksi { $time }. Syy: { $reason }
mine-not-approved = Ohjaaja ei hyväksynyt tätä työtä. Ohjaaja kirjoitti:
mine-task-cancelled = Ohjaaja perui tämän keikan. Et saa siitä palkkaa. Kysy ohjaajalta uutta keikkaa.
mine-similar = Voit ottaa myös nämä keikat
mine-understood = Selvä
mine-unknown-task = Keikka

## Valmis.
finish-title = Keikka on valmis
finish-hours = Kauanko teit töitä?
finish-hours-help = Arvio oli { $time }. Menikö aika toisin? Muuta aikaa napeilla.
finish-less = Vähemmän aikaa
finish-more = Enemmän aikaa
finish-note = Viesti ohjaajalle. Voit jättää tämän tyhjäksi.

## Rahat.
money-title = Rahat
money-approved = Hyväksytyt palkat
money-expected = Tulevat palkat
money-month-keep = Keikoista jää sinulle { $amount } enemmän. Veroa ei ole vielä vähennetty.
money-limit = { $pension }: kuukauden tulosi ovat { $earned }. Raja on { $limit }. Voit vielä ansaita { $left }.
money-year-so-far = Hyväksytyt palkat vuonna { $year }: { $amount }.
money-month-none = Tässä kuussa et saa palkkaa keikoista.

## Minä.
me-title = Minä
me-language = Kieli
language-name-fi = Suomi
language-name-sv = Svenska
me-easy-read = Selkokieli
me-text-size = Tekstin koko
me-text-size-normal = Normaali
me-text-size-large = Iso
me-text-size-larger = Isompi
me-text-size-largest = Suurin
me-profile-title = Tukitietoni
me-profile-saved = Tallensit tukitiedot { $date }.
me-profile-missing = Et ole vielä täyttänyt tukitietoja.
me-profile-stays = Tukitietosi ovat vain tässä laitteessa. Ohjaaja näkee ne vain, jos annat luvan.
me-storage-kept = Selain säilyttää Keikan tiedot tässä laitteessa.
me-storage-not-kept = Selain voi poistaa Keikan tiedot, jos laitteen muisti loppuu. Päivitä tiedot, kun sinulla on verkko. Silloin työsi lähtevät myös ohjaajalle.
me-profile-open = Muuta tukitietoja
me-consent-title = Saako ohjaaja nähdä tukitietosi?
me-consent-explain = Voit antaa luvan. Silloin ohjaaja voi auttaa sinua tukiasioissa. Voit perua luvan milloin vain.
me-consent-yes = Annoit luvan { $date }.
me-consent-no = Päätit { $date }, että et anna lupaa.
me-consent-none = Et ole vielä vastannut.
me-consent-device = Vastaus tuli laitteesta ”{ $name }”. Laite on käytössä { $date } kello { $time } alkaen. Jos et vastannut itse, kerro ohjaajalle.
me-consent-give = Annan luvan
me-consent-withdraw = Peru lupa
me-consent-given = Annoit luvan.
me-consent-withdrawn = Peruit luvan.
me-history-open = Näytä työt, jotka olet tehnyt
me-set-aside = { $count ->
    [one] Tässä laitteessa on yksi asia, joka ei ole vielä lähtenyt. Toinen ihminen teki sen, kun hän käytti tätä laitetta. Se lähtee myöhemmin. Jos se ei lähde, kerro ohjaajalle.
   *[other] Tässä laitteessa on { $count } asiaa, jotka eivät ole vielä lähteneet. Toinen ihminen teki ne, kun hän käytti tätä laitetta. Ne lähtevät myöhemmin. Jos ne eivät lähde, kerro ohjaajalle.
}
me-devices-title = Laitteet, joissa on sinun nimesi
me-devices-explain = Tässä ovat kaikki laitteet, joissa on sinun nimesi. Tunnetko ne kaikki? Jos et tunne, kerro heti ohjaajalle.
me-device-this = Tämä laite: ”{ $name }”, käytössä { $date } kello { $time } alkaen
me-device-active = ”{ $name }”, käytössä { $date } kello { $time } alkaen
me-device-revoked = ”{ $name }”, käytössä { $date } kello { $time } alkaen. Ei käytössä { $revoked } kello { $rtime } alkaen.
me-devices-new = Sinun nimelläsi on uusi laite. Katso se Minä-sivulta. Jos et tehnyt sitä itse, kerro ohjaajalle.

## Tehdyt työt.
history-title = Tehdyt työt
history-whose = { $name }, { $unit }
history-none = Sinulla ei ole vielä hyväksyttyjä töitä.
history-total = { $count ->
    [one] 1 työ
   *[other] { $count } työtä
}, yhteensä { $time }.
history-date = Päivä
history-task = Työ
history-hours = Aika
history-print = Tulosta
history-save = Tallenna tiedostona
history-save-help = Tiedosto aukeaa ilman Keikkaa ja ilman nettiä. Voit näyttää sen työnantajalle.
history-file-name = keikka-tehdyt-tyot
history-employer = Työnantaja: { $name }
history-file-note = Tässä ovat työt, jotka ohjaaja on hyväksynyt. Työtodistuksen antaa työnantaja.
history-file-saved = Tallennettu Keikasta { $date }.

## Tukitiedot.
profile-title = Tukitietoni
profile-intro = Täytä nämä yhdessä ohjaajan kanssa. Katso luvut Kelan päätöksistä ja eläkkeen päätöksistä.
profile-household = Kotitalous
profile-adults = Montako aikuista kotonasi asuu?
profile-children = Montako lasta kotonasi asuu?
profile-tax = Veroprosentti
profile-tax-help = Veroprosentti on verokortissa. Jos et tiedä sitä, jätä tyhjäksi.
profile-which = Mitä tukia saat?
profile-which-help = Valitse kaikki tuet, joita saat nyt.
profile-from-decision = Luku on päätöksessä.
profile-housing-costs = Asumismenot kuukaudessa
profile-max-housing-costs = Suurimmat asumismenot, jotka Kela hyväksyy kuukaudessa
profile-other-income = Kotitalouden muut tulot kuukaudessa
profile-other-income-help = Esimerkiksi sairauspäiväraha tai puolison palkka. Kirjoita summa ennen veroja.
profile-basic-amount = Perusosa kuukaudessa
profile-basic-amount-help = Perusosa on raha ruokaan ja muihin arjen menoihin. Onko perheessäsi lapsia? Kirjoita silloin perusosa. Se lukee Kelan päätöksessä. Jos lapsia ei ole, voit jättää tämän tyhjäksi.
profile-other-expenses = Muut hyväksytyt menot kuukaudessa
profile-other-net-income = Muut tulot verojen jälkeen kuukaudessa
profile-other-net-income-help = Kirjoita tähän tulot, joita et ole kirjoittanut muualle. Kirjoita summa verojen jälkeen.
profile-pension-amount = Eläke kuukaudessa
profile-established-earnings = Palkkasi ennen eläkettä kuukaudessa (vakiintunut ansio)
profile-partial = Saan osatyökyvyttömyyseläkettä. Se on puolet täydestä eläkkeestä.
profile-per-day = Työosuusraha yhdeltä päivältä
profile-weekdays = Minä päivinä olet työtoiminnassa?
profile-save = Tallenna
profile-forget = Poista tukitiedot tästä laitteesta
profile-forget-confirm = Haluatko poistaa kaikki tukitietosi? Et saa niitä takaisin. Jos ohjaaja näkee ne, ne poistuvat myös häneltä.
profile-forget-yes = Kyllä, poista
profile-forget-no = Ei, pidä tiedot
profile-saved = Tukitiedot ovat nyt tallessa tässä laitteessa.
profile-forgotten = Poistit tukitiedot.
profile-error-summary = Korjaa merkityt kohdat.
profile-error-count = Kirjoita numero, esimerkiksi 1.
profile-error-adults = Kirjoita vähintään 1. Sinä itse olet yksi aikuinen.
profile-error-percent = Kirjoita numero väliltä 0–100.
profile-error-required = Tämä tieto tarvitaan.
profile-error-amount = Kirjoita summa euroina, esimerkiksi 526,45.
profile-error-weekdays = Valitse ainakin yksi päivä.
profile-error-impossible = Näillä tiedoilla emme voi laskea. Katso luvut ohjaajan kanssa.

## Omat keikat: peruttu ja muuttunut keikka.
mine-no-show-title = Et päässyt tulemaan
mine-no-show = Ohjaaja kirjoitti, että et päässyt tähän keikkaan. Se ei haittaa. Voit ottaa uuden keikan, kun olet valmis.
mine-task-changed = Keikka ”{ $title }” on muuttunut.
mine-task-changed-open = Katso, mikä muuttui
history-feedback = Mitä tilaaja sanoi työstä: { $text }

## Money: pay day, later months, after tax, the figures in use
benefit-labour-market-support = Työmarkkinatuki
    .subject = Työmarkkinatukesi
    .mid = työmarkkinatukesi
    .about = Kela maksaa tätä tukea työttömälle. Palkka pienentää tukea.
benefit-general-support = Yleistuki
    .subject = Yleistukesi
    .mid = yleistukesi
    .about = Tuki työttömälle. Palkka pienentää tukea. Yleensä saat silti enemmän rahaa.
benefit-general-support-formerly = Yleistuki on Kelan tuki, kun haet työtä. Se tuli 1.5.2026 työmarkkinatuen ja peruspäivärahan tilalle. Tuen määrä pysyi samana.
benefit-expense-compensation = Kulukorvaus
    .subject = Kulukorvauksesi
    .mid = kulukorvauksesi
    .about = Raha työtoiminnan päiviltä, kun saat tukea työttömänä.
benefit-activity-allowance = Toimintaraha
    .subject = Toimintarahasi
    .mid = toimintarahasi
    .about = Raha työtoiminnan päiviltä, kun saat toimeentulotukea.
figure-group-pensions = Eläkkeet
    .subject = Eläkkeesi
    .mid = eläkkeesi
figure-group-pay = Palkan maksut
    .subject = Palkan maksut
    .mid = palkan maksut
money-paid-on = Saat palkan arviolta { $date }. Kela laskee sen tuloksi. Tulokuukausi on { $month }.
money-paid-day-unknown = Emme tiedä vielä, milloin saat palkan. Laskimme, että saat sen { $month-in }. Jos palkka tulee myöhemmin, muutos näkyy myöhemmin.
money-keep-after-tax = Kun vero on maksettu, sinulle jää { $month-in } noin { $amount } enemmän rahaa.
money-later-falls-for = { $benefit }: { $from } alkaen saat { $amount } vähemmän joka kuukausi. Tämä kestää ainakin { $months } kuukautta.
money-later-falls = { $benefit }: { $from } alkaen saat { $amount } vähemmän joka kuukausi.
money-later-rises = { $benefit }: { $from } alkaen saat { $amount } enemmän joka kuukausi.
warning-rehabilitative-activity-day = { $date } on työtoimintapäivä. Tee keikka työtoiminnan jälkeen tai toisena päivänä. Sovi tästä ohjaajan kanssa.
warning-working-time-limit-exceeded = Teet tässä kuussa töitä yli { $hours } tuntia. Silloin et saa yleistukea tältä kuulta. Puhu ohjaajan kanssa, ennen kuin otat keikan.
warning-pension-stops = Tulosi ovat yli rajan kolme kuukautta peräkkäin. Raja on { $limit }. Siksi { $pension-mid } on tauolla { $from } alkaen. Tauko kestää ainakin kolme kuukautta. Eläke ei lopu heti. Se loppuu vasta, jos tauko kestää kaksi vuotta. Puhu ohjaajan kanssa, ennen kuin otat keikan. Voit kysyä myös Kelasta tai eläkeyhtiöstä.
warning-pension-turns-partial = Tulosi ovat yli täyden eläkkeen rajan. Raja on { $limit }. Jos näin käy kolme kuukautta, eläke voi pienentyä. Silloin saat puolet eläkkeestä. Puhu ohjaajan kanssa.
warning-pension-turns-partial-from = Tulosi ovat yli täyden eläkkeen rajan kolme kuukautta. Raja on { $limit }. Siksi eläke voi pienentyä { $from } alkaen. Silloin saat puolet eläkkeestä. Puhu ohjaajan kanssa.
warning-figure-not-yet-published = { $benefit }: vuoden { $year } luvut eivät ole vielä tiedossa. Käytämme viime vuoden lukuja. Tarkista tulos myöhemmin ohjaajan kanssa.
warning-figure-unknown = { $benefit }: emme tiedä kaikkia lukuja. Siksi emme laske sitä. Kysy ohjaajalta.
warning-profile-figures-missing = { $benefit }: tukitiedoistasi puuttuu luku. Luku on päätöksessä. Lisää se tukitietoihin. Ohjaaja voi auttaa.
warning-tax-percent-unknown = Veroprosenttisi puuttuu. Siksi toimeentulotuen luku voi olla liian pieni. Lisää veroprosentti tukitietoihin. Ohjaaja voi auttaa.
rule-rehabilitative-compensation = Kuntouttavasta työtoiminnasta saat 9 euroa päivältä. Jos saat yleistukea, rahaa kutsutaan kulukorvaukseksi. Jos palkka vie koko yleistuen, et saa kulukorvausta. Toimintaraha ei muutu palkasta.
figure-employee-contributions = Maksut, jotka otetaan palkasta
figure-household-income-in-decision = Kotitalouden tulot päätöksessä
figure-basic-excess-in-decision = Perusomavastuu päätöksessä
figure-household-income-revised = Kotitalouden tulot muutoksen jälkeen
figure-accepted-costs-yearly = Asumismenot vuodessa
figure-income-limit-yearly = Tuloraja vuodessa
figure-yearly-income-before = Tulot vuodessa ilman keikkoja
figure-yearly-income-in-decision = Tulot vuodessa päätöksessä
figure-compensation-total = Raha kaikista päivistä yhteensä
profile-unemployment = Yleistuki (ennen työmarkkinatuki)
    .about = Tuki työttömälle. Palkka pienentää tukea. Yleensä saat silti enemmän rahaa.
profile-kela-regardless = Päätöksen mukaan työtulot eivät vaikuta eläkkeeseeni
profile-personal-limit = Oma rajasi kuukaudessa
profile-personal-limit-help = Raja lukee eläkepäätöksessä. Jos et löydä sitä, jätä tyhjäksi.
profile-rehabilitative = Kuntouttava työtoiminta
    .about = Työtoiminta, josta saat rahaa päiviltä, kun olet mukana.
profile-rehabilitative-weekdays = Minä päivinä olet kuntouttavassa työtoiminnassa?
profile-pensioner-costs = Asumismenot kuukaudessa
profile-pensioner-income = Tulot kuukaudessa ennen veroja
profile-pensioner-income-help = Kaikki eläkkeesi ja muut tulosi. Älä laske keikkoja mukaan.
profile-pensioner-couple = Asun puolison kanssa

money-overall-loss = Laske mukaan myös seuraavat kuukaudet. Silloin sinulla on noin { $amount } vähemmän rahaa.
money-overall-keep = Laske mukaan myös seuraavat kuukaudet. Silloin sinulle jää noin { $amount }.

rules-in-use = Luvut on päivitetty { $date }.

## Money: what is kept, said after tax where the tax percentage is known; the month worked
money-keep-unknown = Emme tiedä, paljonko rahaa sinulle jää. Kysy ohjaajalta.
money-tax-estimate = Vero on laskettu sinun veroprosentillasi.
money-months-two = { $first } ja { $second }
money-benefit-falls-in = { $benefit } pienenee { $amount } { $month-in }.
money-benefit-rises-in = { $benefit } kasvaa { $amount } { $month-in }.
money-benefit-unknown-in = Emme tiedä, miten { $benefit-mid } muuttuu { $month-in }. Kysy ohjaajalta.
badge-keep-before-tax = Ennen veroa sinulle jää noin { $amount }
badge-keep-unknown = Emme tiedä, paljonko jää
money-month-keep-after-tax = Kun vero on maksettu, keikoista jää sinulle noin { $amount } enemmän.
money-month-keep-unknown = Emme tiedä, paljonko keikoista jää sinulle tässä kuussa. Kysy ohjaajalta.
rule-kela-disability-pension-regardless = Saat Kelan eläkkeen, vaikka teet työtä. Näin lukee päätöksessäsi.
warning-profile-figures-missing-social-assistance = Perustoimeentulotuki: perusosa puuttuu. Se lukee Kelan päätöksessä. Kirjoita se tukitietoihin.
warning-profile-figures-missing-pensioner-housing = Eläkkeensaajan asumistuki: asumismenot ja tulot puuttuvat. Ne lukevat päätöksessä. Kirjoita ne tukitietoihin. Ohjaaja voi auttaa.

## Money as the supervisor sees it: the participant, not "you"
money-month-keep-staff = Keikoista jää osallistujalle { $amount } enemmän. Veroa ei ole vähennetty.
money-month-keep-after-tax-staff = Kun vero on maksettu, keikoista jää osallistujalle noin { $amount } enemmän.
money-month-keep-unknown-staff = Emme tiedä, paljonko keikoista jää osallistujalle tässä kuussa.
money-limit-staff = { $pension }: osallistujan kuukauden tulot ovat { $earned }. Raja on { $limit }. Jäljellä on { $left }.
money-month-keep-loss = Keikkojen takia sinulla on noin { $amount } vähemmän rahaa. Puhu ohjaajan kanssa.
money-month-keep-nothing = Keikoista ei jää sinulle rahaa tässä kuussa.
money-month-keep-loss-staff = Keikkojen takia osallistujalla on noin { $amount } vähemmän rahaa.
money-month-keep-nothing-staff = Keikoista ei jää osallistujalle rahaa tässä kuussa.
money-warnings-to-participant = Osallistuja näkee nämä huomautukset:
reason-not-yet = Keikan päivä ei ole vielä tullut. Voit aloittaa työn keikan päivänä.
mine-start-on-the-day = Voit aloittaa keikan { $date }.

## Tulevat kuukaudet (issue 18)
plan-title = Tulevat kuukaudet
plan-open = Katso tulevat kuukaudet
plan-open-staff = Tulevat kuukaudet
plan-intro = Tässä näet tämän kuun ja kaksi seuraavaa kuuta. Voit kokeilla, mitä tapahtuu, jos otat tehtävän.
plan-intro-staff = Näin { $name } näkee tulevat kuukautensa. Luvut tulevat hänen tukitiedoistaan. Voit kokeilla, mitä tehtävät tekisivät hänen rahoilleen.
plan-held = Palkka töistä, jotka on otettu
plan-what-if = Palkka tehtävistä, joita kokeilet
plan-keep-before-tax = Jää ennen veroa
plan-keep-after-tax = Jää veron jälkeen
plan-after-title = Myöhemmin
plan-try-title = Kokeile tehtäviä
plan-try-help = Valitse tehtävä. Sitten näet yllä, mitä se tekee rahoille. Tehtävä ei vielä ole sinun.
plan-try-none = Nyt ei ole tehtäviä, joita voi kokeilla.
plan-series = joka { $weekday }, { $count } kertaa, ensimmäinen kerta { $first }
plan-easy-more = Sinulle jää { $amount } enemmän { $month-in }.
plan-easy-less = Sinulla on { $amount } vähemmän rahaa { $month-in }. Puhu ohjaajan kanssa.
plan-easy-same = Et saa lisää rahaa { $month-in }.
plan-easy-unknown = Emme tiedä, paljonko sinulle jää { $month-in }. Kysy ohjaajalta.
plan-chart-show = Näytä kuva
plan-chart-hide = Piilota kuva
plan-chart-title = Paljonko jää { $month-in }, kun palkka kasvaa
plan-chart-keep-before-tax = Veroa ei ole vähennetty. Mukana on myös se, mitä palkka vie myöhemmin.
plan-chart-keep-after-tax = Vero on vähennetty. Mukana on myös se, mitä palkka vie myöhemmin.
plan-chart-you = Näillä töillä: palkka { $pay }, jää { $keep }.
plan-chart-marks = A B C D
plan-chart-you-short = nämä työt
plan-limit-pension = { $pension }: raja { $pay }. Yksi kuukausi yli rajan ei vielä vie eläkettä.
plan-limit-housing = { $benefit } voi muuttua { $from } alkaen, kun palkka on { $pay } tai enemmän.
plan-limit-housing-any = { $benefit } voi muuttua { $from } alkaen. Jo pieni palkka { $month-in } voi muuttaa sitä.
plan-limit-falls = { $benefit } pienenee { $from } alkaen, kun palkka on { $pay } tai enemmän.
plan-table-show = Näytä luvut taulukkona
plan-table-hide = Piilota taulukko
plan-table-pay = Palkka
plan-table-keep = Jää rahaa
plan-ahead-over-limit = { $pension }: kun teet tämän tehtävän { $week }. kerran ({ $date }), tulosi menevät yli rajan { $month-in }.
plan-ahead-pension-stops = { $pension }: kun teet tämän tehtävän { $week }. kerran ({ $date }), tulosi ovat yli rajan kolme kuukautta peräkkäin. Eläkettä ei makseta { $from } alkaen.
plan-ahead-housing = Kun teet tämän tehtävän { $week }. kerran ({ $date }), tulosi kasvavat paljon. Asumistuki voi muuttua { $from } alkaen.
plan-easy-no-pay = Et saa palkkaa { $month-in }.
plan-intro-staff-pay-only = Tässä ovat palkat, jotka { $name } saa. Hän ei ole antanut lupaa nähdä tukitietoja.
plan-chart-axes = Vaakaviiva on palkka 0–{ $max }. Pystyviiva on raha, joka jää: { $lowest } … { $highest }.
plan-limit-pension-rests = { $pension }: raja { $pay }. Jos palkka on suurempi, eläke on tauolla { $from } alkaen. Tauko on ainakin kolme kuukautta.
plan-limit-benefit-ends = { $benefit } loppuu, kun palkka on { $pay }.
plan-status = Luvut muuttuivat: { $months }
plan-status-month = { $month }: jää { $keep }.
plan-status-unknown = emme tiedä
plan-status-pay = { $month }: palkka { $pay }.
plan-try-help-pay-only = Valitse tehtävä. Sitten näet yllä, paljonko palkkaa tulee. Tehtävä ei vielä ole sinun.
plan-clash = Sinulla on samaan aikaan toinen työ: { $task } ({ $when }). Et ehdi tehdä molempia.

## Read-aloud: the device's own voice reads the screen; the words it says for symbols.
read-aloud-label = Kuuntele
read-aloud-start = Kuuntele
read-aloud-stop = Lopeta
read-aloud-again = Kuuntele alusta
read-aloud-no-voice = Laite ei osaa puhua suomea. Voit kuunnella ruotsiksi, jos haluat.
read-aloud-other-voice = Kuuntele ruotsiksi
read-aloud-unavailable = Tämä laite ei osaa lukea ääneen.
me-read-aloud = Näytä Kuuntele-nappi
speech-euro-one = euro
speech-euros = euroa
speech-percent = prosenttia
speech-minus = miinus
speech-to = –

## Today first: a task held today, at the top of the home screen.
today-title = Tänään sinulla on työ
today-first-step = Ensin
