# Keikka, suomi (yleiskieli).

app-name = Keikka
document-title = { $screen } – Keikka

## Synkronointi: onko asia vain tässä laitteessa vai myös palvelimella.
sync-saved-on-phone = Tallennettu tähän laitteeseen. Tiedot lähtevät, kun verkkoyhteys toimii.
sync-sent = Lähetetty.
sync-last = Päivitetty viimeksi klo { $time }.
sync-last-day = Päivitetty viimeksi { $date } klo { $time }.
sync-never = Tietoja ei ole vielä päivitetty.
sync-offline = Ei verkkoyhteyttä. Kaikki tekemäsi on tallessa tässä laitteessa.
sync-offline-nothing-waiting = Ei verkkoyhteyttä. Näet tiedot sellaisina kuin ne olivat viimeksi päivitettäessä.
needs-network = Ei verkkoyhteyttä. Tähän tarvitaan verkko, eikä mitään tallennettu. Yritä uudelleen, kun yhteys toimii.
sync-server-error = Palvelin ei vastannut. Tietosi ovat tallessa. Yritä myöhemmin uudelleen.
sync-daily-limit = Tästä laitteesta on tänään lähetetty hyvin paljon muutoksia. Tietosi ovat tallessa tässä laitteessa. Ne lähtevät myöhemmin itsestään. Jos tämä toistuu, kerro ohjaajalle.
sync-too-many-created = Tästä laitteesta on tänään tehty hyvin paljon ryhmiä, osallistujia tai koodeja. Tätä ei tallennettu. Yritä huomenna uudelleen.
sync-too-many-requests = Tämä laite on ottanut yhteyttä palvelimeen hyvin usein. Tietosi ovat tallessa. Yritä minuutin päästä uudelleen.
sync-conflict = Tämä muutos ei ehkä enää onnistu. Se lähetetään silti, ja näet pian, menikö se läpi.

## Laitteen liittäminen kertakoodilla.
pairing-invalid-code = Koodi ei kelpaa. Tarkista koodi tai pyydä ohjaajalta uusi.
pairing-too-many-attempts = Koodia ei voi nyt kokeilla, koska yrityksiä on tullut liian monta. Odota enintään 15 minuuttia ja yritä sitten uudelleen.
# A supervisor's device in the participant's web build: it opens the supervisor's app.
staff-app-title = Ohjaajan sovellus
staff-app-text = Tämä laite on ohjaajan. Ohjaajan näkymät avautuvat omalla sivullaan.
staff-app-open = Avaa ohjaajan sovellus
pairing-revoked = Tämä laite on poistettu käytöstä. Pyydä ohjaajalta uusi koodi.

## Miksi palvelin ei hyväksynyt muutosta (koodit keikka-coren DomainErrorista).
reason-task-full = Joku muu ehti varata viimeisen paikan. Se ei ole sinun vikasi. Katso muita avoimia keikkoja.
reason-task-not-open = Tätä keikkaa ei voi enää varata. Se on peruttu tai sen aika on mennyt.
reason-already-claimed = Olet jo varannut tämän keikan.
reason-not-found = Tätä tietoa ei löytynyt. Se on ehkä poistettu.
reason-forbidden = Sinulla ei ole oikeutta tähän.
reason-invalid-transition = Tätä vaihetta ei voi tehdä nyt. Katso keikan tila.
reason-already-decided = Tästä on jo päätetty.
reason-id-in-use = Sama tieto on jo tallennettu.
reason-invalid-input = Jokin tieto puuttuu tai on väärin. Tarkista kentät.

## Yleiset.
back = Takaisin
notice-close = Sulje
error-storage = Tietoja ei voitu lukea tai tallentaa tähän laitteeseen. Sulje Keikka-sovellus ja avaa se uudelleen. Jos tämä toistuu, kerro ohjaajalle.
error-storage-full = Puhelimen muisti on täynnä, joten tätä ei tallennettu. Kaikki aiemmin tallennettu on tallessa. Vapauta tilaa, esimerkiksi poistamalla kuvia tai sovelluksia, ja yritä sitten uudelleen.
error-cannot-open = Keikka-sovellus ei voi tallentaa tietoja tähän laitteeseen. Kokeile toista selainta tai kerro ohjaajalle.
open-elsewhere = Keikka on jo auki toisessa välilehdessä tai ikkunassa. Käytä sitä. Kun suljet sen, Keikka jatkaa tässä.
read-only-here = Keikka on auki myös toisessa välilehdessä tai ikkunassa. Tässä voit vain katsoa. Kun suljet toisen, Keikka jatkaa tässä.
read-only-elsewhere = Tätä ei tallennettu, koska Keikka on auki myös toisessa välilehdessä tai ikkunassa. Tee se siellä, tai sulje se, niin Keikka jatkaa tässä.
open-newer = Tässä laitteessa on jo uudempi Keikka. Lataa sivu uudelleen, niin se avautuu. Tietosi ovat tallessa.
open-newer-reload = Lataa uudelleen
update-ready = Keikasta on uusi versio. Se tulee käyttöön, kun seuraavan kerran poistut sovelluksesta. Kaikki tallennettu säilyy.
update-take = Ota uusi versio käyttöön nyt
sync-update = Päivitä
sync-updating = Päivitetään…
sync-done = Tiedot on päivitetty.
sync-refused = Kaikki muutokset eivät menneet läpi. Katso Omat keikat.
sync-pending = { $count ->
    [one] 1 asia odottaa lähettämistä.
   *[other] { $count } asiaa odottaa lähettämistä.
}

## Rahamäärät, päivät ja ajat. $amount on valmiiksi muotoiltu luku.
money = { $amount } €
date = { $weekday } { $day }
task-when = { $date } klo { $start }–{ $end }
task-when-days = { $date } klo { $start } – { $end-date } klo { $end }
month-name = { $month } { $year }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
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
nav-label = Päävalikko
nav-tasks = Keikat
nav-my-tasks = Omat keikat
nav-money = Rahat
nav-me = Minä

## Laitteen liittäminen.
pairing-title = Tervetuloa Keikka-sovellukseen
pairing-intro = Saat ohjaajalta kertakoodin. Kirjoita se tähän. Salasanaa ei tarvita.
pairing-code-label = Kertakoodi
pairing-code-help = Koodi on paperilla tai ohjaajan näytöllä. Isoilla ja pienillä kirjaimilla ei ole väliä.
pairing-server-label = Palvelimen osoite
pairing-submit = Aloita
pairing-busy = Yhdistetään…
pairing-code-missing = Kirjoita ohjaajalta saamasi koodi.
pairing-device-name = Osallistujan laite
pairing-done = Valmista. Nyt näet yksikkösi keikat.

## Avoimet keikat.
tasks-title = Avoimet keikat
tasks-today = Tänään
tasks-this-week = Tällä viikolla
tasks-later = Myöhemmin
tasks-none = Nyt ei ole avoimia keikkoja. Katso myöhemmin uudelleen tai kysy ohjaajalta.
tasks-profile-nudge = Täytä tukitietosi, niin jokaisessa keikassa näkyy, paljonko sinulle jää rahaa.
tasks-show-more = Näytä lisää ({ $count })
task-pay-line = Palkka noin { $pay }
task-pay-line-fixed = Palkka { $pay }
task-seats-left = { $count ->
    [one] 1 paikka vapaana
   *[other] { $count } paikkaa vapaana
}
badge-keep = Sinulle jää noin { $amount }
badge-keep-loss = Rahaa jää noin { $amount } vähemmän
badge-keep-nothing = Ei lisää rahaa, mutta saat työkokemusta
badge-check = – lue huomautukset

## Yksi keikka.
task-when-label = Milloin
task-place-label = Missä
task-time-label = Arvioitu työaika
task-time-with-breaks = { $work } työtä ja { $breaks } taukoja
task-pay-label = Palkka
task-pay-hourly = { $rate } tunnilta, arviolta { $pay }
task-pay-fixed = { $pay } koko keikasta
task-contract-label = Sopimus
contract-employment = Työsopimus
contract-commission = Toimeksiantosopimus
task-instructor-label = Ohjaaja paikalla
task-seats-label = Paikkoja
task-steps-title = Näin keikka menee
task-money-title = Miten tämä keikka muuttaa rahojasi { $month-in }
task-take = Otan tämän keikan
task-taken = Otit keikan. Se on tallessa tässä laitteessa, ja paikka varmistuu, kun tieto on lähetetty.
task-confirmed = Paikka on varmistettu. Keikka on sinun.
task-is-yours = Tämä keikka on sinun.
task-not-available = Tätä keikkaa ei voi nyt ottaa.
task-gone = Tätä keikkaa ei löydy enää tästä laitteesta.

## Rahalause.
money-earn = Ansaitset { $amount }.
money-earn-about = Ansaitset noin { $amount }.
money-benefit-falls = { $benefit } pienenee { $amount }.
money-benefit-rises = { $benefit } kasvaa { $amount }.
money-benefit-same = { $benefit } pysyy samana.
money-benefit-unknown = Emme osaa sanoa, miten { $benefit-mid } muuttuu. Kysy ohjaajalta.
money-keep = Palkasta perittävien maksujen jälkeen, mutta ennen veroja, sinulle jää { $amount } enemmän { $month-in }.
money-keep-nothing = Tästä työstä ei jää sinulle lisää rahaa, koska tukesi pienenevät yhtä paljon. Saat silti työkokemusta, ja hyväksytty työ näkyy todistuksessa tehdyistä keikoista.
money-keep-loss = Sinulla olisi { $month-in } noin { $amount } vähemmän rahaa kuin ilman keikkaa. Puhu ohjaajan kanssa ennen kuin otat keikan.
money-talk-to-supervisor = Puhu ohjaajan kanssa ennen kuin päätät.
money-before-tax = Vero ei ole mukana. Kun kirjoitat veroprosenttisi tukitietoihin, näet, paljonko sinulle jää käteen.
money-cannot-say = Emme pysty nyt laskemaan, mitä tämä tekee rahoillesi. Kysy ohjaajalta.
money-unpriced = { $count ->
    [one] Yhden keikan palkka puuttuu laskelmasta, koska sen tiedot eivät ole tässä laitteessa. Päivitä tiedot.
   *[other] { $count } keikan palkka puuttuu laskelmasta, koska niiden tiedot eivät ole tässä laitteessa. Päivitä tiedot.
}
money-no-profile = Täytä tukitietosi, niin näet, paljonko sinulle jää.
money-fill-profile = Täytä tukitiedot
money-estimate = Luvut ovat arvio. Tuesta päättää aina sen maksaja, esimerkiksi Kela.

## Varoitukset.
warning-same-day-work-activity-pay = Teet palkkatyötä { $date }. Siksi et saa työosuusrahaa siltä päivältä. Kerro ohjaajalle, että olet silloin keikalla.
warning-commission-contract-unemployment = Tämä keikka tehdään toimeksiantosopimuksella, ei työsopimuksella. Työttömyysturvassa tällainen työ katsotaan yritystoiminnaksi, vaikka sinulla ei ole yritystä. Se voi vaikuttaa yleistukeesi (ennen työmarkkinatuki). Puhu ohjaajan kanssa ennen kuin otat keikan. Hän auttaa selvittämään, mitä sinun pitää kertoa Kelalle.
warning-pension-earnings-limit-exceeded = { $count ->
    [1] Tässä kuussa tulosi ylittävät ansaintarajan { $limit }. Yksi kuukausi ei vielä keskeytä eläkettä. Jos raja ylittyy kolmena kuukautena peräkkäin, { $pension-mid } voi jäädä lepäämään: sitä ei silloin makseta vähintään kolmeen kuukauteen. Eläke ei kuitenkaan lakkaa. Puhu ohjaajan kanssa, jos aiot tehdä töitä myös seuraavina kuukausina.
   *[other] Tulosi ylittävät ansaintarajan { $limit } { $count } kuukautena peräkkäin. Jos raja ylittyy kolmena kuukautena peräkkäin, { $pension-mid } voi jäädä lepäämään: sitä ei silloin makseta vähintään kolmeen kuukauteen. Eläke ei kuitenkaan lakkaa. Puhu ohjaajan kanssa ennen kuin otat keikan.
}
warning-pension-earnings-limit-near = Tulosi ovat lähellä ansaintarajaa { $limit }. Yksi kuukausi yli rajan ei vielä keskeytä eläkettä. Jos raja ylittyy kolmena kuukautena peräkkäin, { $pension-mid } voi jäädä lepäämään. Puhu ohjaajan kanssa, jos aiot tehdä töitä monena kuukautena peräkkäin.
warning-housing-allowance-revision = Tulosi kasvavat pysyvästi niin paljon, että { $benefit-mid } pitää tarkistaa. Tuki muuttuisi { $from } alkaen. Hae tarkistusta itse OmaKelassa, vaikka Kela saa palkkatiedot tulorekisteristä. Kun haet heti, tuki maksetaan oikean suuruisena. Ohjaaja voi auttaa hakemuksessa.
warning-housing-allowance-annual-check = Yksittäinen keikka tai pieni tulojen nousu ei muuta asumistukea nyt, eikä siitä tarvitse ilmoittaa heti. Kela lähettää sinulle kirjeen ennen vuositarkistusta. Kerro silloin kaikki tulosi, myös keikkojen palkat. Ohjaaja voi auttaa.
warning-rule-unverified = { $benefit }: yksi käytetyistä luvuista on vielä tarkistamatta. Tarkista tulos ohjaajan kanssa.

## Miksi?
why-button = Miksi?
why-without-work = Ilman keikkoja
why-with-work = Keikkojen kanssa
why-without-task = Ilman tätä keikkaa
why-with-task = Tämän keikan kanssa
why-change = Muutos
why-lands-in = Muutos näkyy
why-status = Luvun varmuus
why-status-verified = Tarkistettu
why-status-verify = Arvio: yhtä lukua ei ole vielä tarkistettu virallisesta lähteestä. Kysy ohjaajalta, jos summa on sinulle tärkeä.
why-status-unknown = Ei tiedossa
why-unknown = ei tiedossa
why-figures = Luvut
why-sources = Lähteet
why-source-line = { $publisher }, { $date }
why-source-undated = { $publisher }, verkkosivu
why-sources-easy-kela = Luvut ovat Kelan tiedoista.
why-sources-easy-mixed = Luvut ovat Kelan ja muiden virallisten lähteiden tiedoista.
why-source-own = Keikan oma laskelma julkaistuista luvuista (ei viranomaisen lukua)
publisher-kela = Kela
publisher-parliament = Eduskunta
publisher-finlex = Finlex (lakitekstit)
publisher-unemployment-fund = Työttömyyskassa
publisher-thl = THL
publisher-pension-provider = Työeläkeyhtiö
publisher-labour-market-organisations = Työmarkkinajärjestöt
publisher-municipality = Kaupungin tiedote
publisher-press = Uutinen
publisher-other = Muu julkinen lähde
why-whole-month = Luvut ovat koko kuukauden tukia ilman tätä keikkaa ja sen kanssa. Muutos on sama kuin yllä.
why-with-other-pay = Luvut ovat koko kuukauden tukia. Niissä on jo mukana muu palkkasi { $month-in }, { $amount }: keikat, jotka olet jo ottanut tai tehnyt. Muutos on vain tämän keikan, sama kuin yllä.
why-keep-title = Näin summa syntyy
why-keep-pay = Palkka
why-keep-benefits = Tukien muutos
why-keep-contributions = Palkasta perittävät maksut
why-keep-tax = Vero palkasta ja tukien muutoksesta
why-keep-result = Sinulle jää
why-keep-result-before-tax = Sinulle jää ennen veroa
rule-unemployment-basic = Jokainen kuussa maksettu palkkaeuro pienentää yleistukea (ennen työmarkkinatuki) 50 senttiä. Suojaosaa ei ole ollut 1.4.2024 jälkeen. Jos työaika ylittää 80 % kokoaikatyöstä, tukea ei makseta sille kuulle.
rule-kela-disability-pension = Kelan työkyvyttömyyseläke jää lepäämään, jos työtulosi ennen veroja ylittävät ansaintarajan kolmena kuukautena peräkkäin. Eläkettä ei silloin makseta vähintään kolmeen kuukauteen. Kun tulot laskevat rajan alle, maksu voi jatkua ilman uutta työkyvyn arviointia. Eläke lakkaa vasta, jos maksu on ollut keskeytettynä kaksi vuotta ja työ jatkuu.
rule-earnings-related-disability-pension = Täydessä työeläkkeessä raja on 40 % vakiintuneesta ansiostasi ja osatyökyvyttömyyseläkkeessä 60 %, aina vähintään Kelan ansaintaraja. Oma rajasi lukee eläkepäätöksessä. Jos raja ylittyy kolmena kuukautena peräkkäin, eläke voi jäädä lepäämään tai muuttua osaeläkkeeksi.
rule-work-activity-pay = Työosuusrahaa ei makseta päivältä, jolloin teet palkkatyötä.
rule-housing-general = Asumistuki on 70 % hyväksytyistä asumismenoista perusomavastuun jälkeen. Perusomavastuu kasvaa tulojen mukana. Tuki tarkistetaan, kun haet tarkistusta ja pysyvät tulot nousevat vähintään 400 euroa tai laskevat 200 euroa kuussa. Yhden keikan palkka ei ole pysyvä muutos.
rule-social-assistance = Perustoimeentulotuki lasketaan viimeisenä. Hyväksytyistä menoista vähennetään kaikki nettotulot, myös muut tuet verojen jälkeen. Maaliskuusta 2026 alkaen palkka vähentää tukea euro eurosta.
rule-pensioner-housing = Eläkkeensaajan asumistuki on 85 % hyväksytyistä asumismenoista omavastuiden jälkeen. Omavastuu kasvaa, kun vuositulot ylittävät tulorajan. Kela tarkistaa tuen kahden vuoden välein ja lisäksi silloin, kun haet tarkistusta vuositulojen muututtua. Luvut ovat vielä tarkistamatta.
figure-accepted-costs = Hyväksytyt asumismenot
figure-basic-amount = Perusosa
figure-basic-excess-before = Perusomavastuu ilman keikkoja
figure-days-in-month-total = Työosuusraha päiviltä yhteensä
figure-earned-income-disregard = Ansiotulovähennys
figure-earnings-limit = Ansaintaraja
figure-established-earnings = Vakiintunut ansio
figure-full-month = Täysi kuukausi
figure-per-day = Päivältä
figure-protected-amount-applied = Käytetty suojaosa
figure-reduction = Vähennys
figure-wages-paid-this-month = Kuussa maksettu palkka
figure-income-limit = Tuloraja
figure-household-income-before = Kotitalouden tulot ilman keikkoja
figure-expenses = Menot
figure-net-wages = Nettopalkka
figure-net-income-before = Nettotulot ilman keikkoja
figure-net-income-with-work = Nettotulot keikkojen kanssa

## Tukien nimet.
benefit-kela-disability-pension = Kelan työkyvyttömyyseläke (kansaneläke)
    .subject = Kelan työkyvyttömyyseläke
    .mid = Kelan työkyvyttömyyseläke
    .about = Kelan eläke, kun et sairauden tai vamman vuoksi pysty tekemään tavallista työtä.
benefit-earnings-related-disability-pension = Työeläke (työkyvyttömyyseläke)
    .subject = Työeläke
    .mid = työeläke
    .about = Eläke aiemmista töistäsi, kun työkykysi on alentunut. Sen maksaa eläkeyhtiö tai Keva.
benefit-work-activity-pay = Työosuusraha
    .subject = Työosuusraha
    .mid = työosuusraha
    .about = Raha, jota saat vammaisten työtoimintaan osallistumisesta.
benefit-housing-general = Yleinen asumistuki
    .subject = Yleinen asumistuki
    .mid = yleinen asumistuki
    .about = Kelan tuki asumismenoihin, kun kotitalouden tulot ovat pienet.
benefit-social-assistance = Perustoimeentulotuki
    .subject = Perustoimeentulotuki
    .mid = perustoimeentulotuki
    .about = Kelan viimesijainen tuki, kun muut tulot eivät riitä välttämättömiin menoihin.
benefit-pensioner-housing = Eläkkeensaajan asumistuki
    .subject = Eläkkeensaajan asumistuki
    .mid = eläkkeensaajan asumistuki
    .about = Kelan tuki eläkkeensaajan asumismenoihin.

## Omat keikat.
mine-title = Omat keikat
mine-none = Sinulla ei ole vielä keikkoja.
mine-coming = Tulossa
mine-started = Aloitettu
mine-waiting = Odottaa hyväksyntää
mine-rejected = Ei hyväksytty
mine-approved = Hyväksytty
mine-coming-help = Nämä keikat olet ottanut. Tule paikalle ajoissa ja paina ”{ mine-start }”, kun aloitat.
mine-started-help = Paina ”{ mine-finish }”, kun työ on tehty.
mine-waiting-help = Sinun ei tarvitse tehdä mitään. Ohjaaja tarkistaa työn ja hyväksyy sen.
mine-rejected-help = Tästä työstä ei makseta nyt palkkaa. Lue ohjaajan viesti ja puhu hänen kanssaan.
mine-approved-help = Työ on hyväksytty. Palkka maksetaan kortissa näkyvänä päivänä.
mine-start = Aloitin
mine-withdraw = En pääse tulemaan
mine-withdraw-confirm = Perutko keikan? Paikkasi vapautuu silloin muille.
mine-withdraw-yes = Kyllä, peru keikka
mine-withdraw-no = Ei, pidän keikan
mine-finish = Valmis
mine-started-saved = Aloitus on tallessa.
mine-undo-start = En aloittanutkaan
mine-undo-start-saved = Aloitus on peruttu. Voit aloittaa uudelleen, kun olet paikalla.
mine-withdrawn-saved = Peruit keikan. Paikka vapautuu muille.
mine-done-saved = Hienoa! Ohjaaja tarkistaa työn pian.
mine-reported = Ilmoitit työajaksi { $time }.
mine-approved-pay = Palkka { $amount } maksetaan { $date }.
mine-adjusted = Ohjaaja muutti työajaksi { $time }: { $reason }
mine-not-approved = Ohjaaja ei hyväksynyt tätä työtä. Ohjaaja kirjoitti:
mine-task-cancelled = Tämä keikka on peruttu. Siitä ei makseta palkkaa. Kysy ohjaajalta muita keikkoja.
mine-similar = Näitä keikkoja voit vielä ottaa
mine-understood = Selvä
mine-unknown-task = Keikka

## Valmis-lomake.
finish-title = Keikka on valmis
finish-hours = Kauanko teit töitä?
finish-hours-help = Arvio oli { $time }. Muuta aikaa napeilla, jos se meni toisin.
finish-less = Vähemmän aikaa
finish-more = Enemmän aikaa
finish-note = Viesti ohjaajalle (voit jättää tyhjäksi)

## Rahat.
money-title = Rahat
money-approved = Hyväksytyt palkat
money-expected = Odotetut palkat
money-month-keep = Palkasta perittävien maksujen jälkeen, mutta ennen veroja, sinulle jää keikoista { $amount } enemmän.
money-limit = { $pension }: kuukauden tulosi ovat { $earned }. Raja on { $limit }. Voit ansaita vielä { $left }.
money-year-so-far = Hyväksytyt palkat vuonna { $year }: { $amount }.
money-month-none = Tälle kuulle ei tule keikkojen palkkaa.

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
me-profile-saved = Tukitiedot tallennettu { $date }.
me-profile-missing = Et ole vielä täyttänyt tukitietoja.
me-profile-stays = Tukitietosi pysyvät vain tässä laitteessa, ellet anna ohjaajalle lupaa nähdä niitä.
me-storage-kept = Selain on luvannut säilyttää Keikan tiedot tässä laitteessa, vaikka laitteen tila vähenisi.
me-storage-not-kept = Selain voi poistaa Keikan tiedot, jos laitteen tila loppuu. Päivitä siksi tiedot, kun verkko on käytössä: silloin työsi ovat tallessa myös palvelimella.
me-profile-open = Muokkaa tukitietoja
me-consent-title = Saako ohjaaja nähdä tukitietosi?
me-consent-explain = Jos annat luvan, ohjaaja voi auttaa sinua tukiin liittyvissä kysymyksissä. Voit perua luvan milloin vain.
me-consent-yes = Annoit luvan { $date }.
me-consent-no = Et antanut lupaa. Vastasit { $date }.
me-consent-none = Et ole vielä vastannut.
me-consent-device = Vastaus annettiin laitteella ”{ $name }” (otettu käyttöön { $date } klo { $time }). Jos et vastannut itse, kerro siitä ohjaajalle.
me-consent-give = Annan luvan
me-consent-withdraw = Peru lupa
me-consent-given = Lupa on annettu.
me-consent-withdrawn = Lupa on peruttu.
me-history-open = Näytä tehdyt työt
me-set-aside = { $count ->
    [one] Tässä laitteessa on yksi lähettämätön muutos ajalta, jolloin laite oli toisen henkilön käytössä. Se lähetetään hänen nimissään, kun se on mahdollista. Jos se ei lähde, kerro ohjaajalle.
   *[other] Tässä laitteessa on { $count } lähettämätöntä muutosta ajalta, jolloin laite oli toisen henkilön käytössä. Ne lähetetään hänen nimissään, kun se on mahdollista. Jos ne eivät lähde, kerro ohjaajalle.
}
me-devices-title = Laitteet, joilla voi toimia nimelläsi
me-devices-explain = Tässä ovat kaikki laitteet, jotka on otettu käyttöön sinun nimelläsi. Jos et tunnista jotain niistä, kerro siitä heti ohjaajalle.
me-device-this = Tämä laite: ”{ $name }”, otettu käyttöön { $date } klo { $time }
me-device-active = ”{ $name }”, otettu käyttöön { $date } klo { $time }
me-device-revoked = ”{ $name }”, otettu käyttöön { $date } klo { $time }, poistettu käytöstä { $revoked } klo { $rtime }
me-devices-new = Nimelläsi otettiin käyttöön uusi laite. Näet sen Minä-sivulta. Jos et tehnyt sitä itse, kerro siitä ohjaajalle.

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
history-save-help = Tiedosto aukeaa millä tahansa selaimella ilman Keikkaa ja ilman nettiä. Voit näyttää sen työnantajalle.
history-file-name = keikka-tehdyt-tyot
history-employer = Työnantaja: { $name }
history-file-note = Tässä ovat työt, jotka ohjaaja on hyväksynyt Keikka-sovelluksessa. Työtodistuksen antaa työnantaja.
history-file-saved = Tallennettu Keikasta { $date }.

## Tukitiedot-lomake.
profile-title = Tukitietoni
profile-intro = Täytä nämä yhdessä ohjaajan kanssa. Katso luvut Kelan ja eläkkeen päätöksistä.
profile-household = Kotitalous
profile-adults = Aikuisia kotitaloudessa
profile-children = Lapsia kotitaloudessa
profile-tax = Veroprosentti
profile-tax-help = Löydät sen verokortista. Jätä tyhjäksi, jos et tiedä.
profile-which = Mitä tukia saat?
profile-which-help = Valitse kaikki, joita saat nyt.
profile-from-decision = Luku on päätöksessä.
profile-housing-costs = Asumismenot kuussa
profile-max-housing-costs = Enimmäisasumismenot kuussa
profile-other-income = Muut kotitalouden tulot kuussa
profile-other-income-help = Esimerkiksi sairauspäiväraha tai puolison palkka ennen veroja.
profile-basic-amount = Perusosa kuussa
profile-basic-amount-help = Jos perheessäsi on lapsia, kirjoita perusosa Kelan päätöksestä. Muuten voit jättää tyhjäksi, niin käytämme Kelan yleistä perusosaa.
profile-other-expenses = Muut hyväksytyt menot kuussa
profile-other-net-income = Muut nettotulot kuussa
profile-other-net-income-help = Muut tulot verojen jälkeen, joita et ole jo kirjoittanut tähän lomakkeeseen.
profile-pension-amount = Eläke kuussa
profile-established-earnings = Vakiintunut ansio kuussa
profile-partial = Osatyökyvyttömyyseläke
profile-per-day = Työosuusraha päivältä
profile-weekdays = Minä päivinä olet työtoiminnassa?
profile-save = Tallenna
profile-forget = Poista tukitiedot tästä laitteesta
profile-forget-confirm = Poistetaanko kaikki tukitietosi tästä laitteesta? Niitä ei voi palauttaa. Jos ohjaaja näkee tietosi, ne poistuvat myös häneltä.
profile-forget-yes = Kyllä, poista
profile-forget-no = Ei, pidä tiedot
profile-saved = Tukitiedot on tallennettu tähän laitteeseen.
profile-forgotten = Tukitiedot on poistettu.
profile-error-summary = Korjaa merkityt kohdat.
profile-error-count = Kirjoita luku, esimerkiksi 1.
profile-error-adults = Kirjoita vähintään 1. Sinä itse olet yksi aikuinen.
profile-error-percent = Kirjoita prosentti väliltä 0–100.
profile-error-required = Tämä tieto tarvitaan.
profile-error-amount = Kirjoita summa euroina, esimerkiksi 526,45.
profile-error-weekdays = Valitse vähintään yksi päivä.
profile-error-impossible = Näillä tiedoilla ei voi laskea. Tarkista luvut ohjaajan kanssa.

## Omat keikat: peruttu ja muuttunut keikka.
mine-no-show-title = Et päässyt tulemaan
mine-no-show = Ohjaaja merkitsi, että et päässyt tähän keikkaan. Se ei haittaa. Voit ottaa uuden keikan, kun olet valmis.
mine-task-changed = Keikan ”{ $title }” tiedot ovat muuttuneet.
mine-task-changed-open = Katso uudet tiedot
history-feedback = Tilaajan palaute: { $text }

## Money: pay day, later months, after tax, the figures in use
benefit-labour-market-support = Työmarkkinatuki
    .subject = Työmarkkinatuki
    .mid = työmarkkinatuki
    .about = Kelan tuki työttömälle, jolla ei ole ansiosidonnaista päivärahaa. Palkka pienentää sitä.
benefit-general-support = Yleistuki
    .subject = Yleistuki
    .mid = yleistuki
    .about = Työttömän perustuki. Palkka pienentää sitä, mutta palkan kanssa saat yleensä enemmän rahaa.
benefit-general-support-formerly = Yleistuki korvasi työmarkkinatuen ja peruspäivärahan 1.5.2026. Tuen määrä ja palkan vaikutus pysyivät samoina.
benefit-expense-compensation = Kulukorvaus
    .subject = Kulukorvaus
    .mid = kulukorvaus
    .about = Raha kuntouttavan työtoiminnan päiviltä, kun saat työttömyysetuutta.
benefit-activity-allowance = Toimintaraha
    .subject = Toimintaraha
    .mid = toimintaraha
    .about = Raha kuntouttavan työtoiminnan päiviltä, kun saat toimeentulotukea.
figure-group-pensions = Työkyvyttömyyseläkkeet
    .subject = Työkyvyttömyyseläkkeet
    .mid = työkyvyttömyyseläkkeet
figure-group-pay = Palkasta perittävät maksut
    .subject = Palkasta perittävät maksut
    .mid = palkasta perittävät maksut
money-paid-on = Palkka maksetaan arviolta { $date }. Tulokuukausi on { $month }.
money-paid-day-unknown = Yksikkösi ei ole vielä kertonut, milloin se maksaa palkat. Oletamme, että palkka maksetaan samassa kuussa kuin teet työn, eli { $month-in }.
money-keep-after-tax = Verojen ja palkasta perittävien maksujen jälkeen sinulle jää noin { $amount } enemmän { $month-in }.
money-later-falls-for = { $benefit }: { $from } alkaen { $amount } vähemmän kuussa, vähintään { $months } kuukauden ajan.
money-later-falls = { $benefit }: { $from } alkaen { $amount } vähemmän kuussa.
money-later-rises = { $benefit }: { $from } alkaen { $amount } enemmän kuussa.
warning-rehabilitative-activity-day = { $date } on kuntouttavan työtoiminnan päivä. Palkkatyön pitää olla työtoiminnan aikojen ulkopuolella. Työtoimintapäivää voi siirtää saman viikon sisällä. Sovi asiasta ohjaajan kanssa.
warning-working-time-limit-exceeded = Teet tässä kuussa töitä yli { $hours } tuntia. Se on yli 80 % kokoaikatyöstä, joten yleistukea ei makseta tältä kuulta. Jos alasi kokoaika on lyhyempi, raja on pienempi. Puhu ohjaajan kanssa ennen kuin otat keikan.
warning-pension-stops = Tulosi ylittävät ansaintarajan { $limit } kolmena kuukautena peräkkäin. Siksi { $pension-mid } jää lepäämään { $from } alkaen: sitä ei makseta vähintään kolmeen kuukauteen. Eläke ei lakkaa. Kun tulot laskevat taas rajan alle, maksu voi jatkua ilman uutta työkyvyn arviointia. Puhu ohjaajan kanssa ennen kuin otat keikan. Voit kysyä myös eläkkeesi maksajalta (Kela tai eläkeyhtiö).
warning-pension-turns-partial = Tulosi ylittävät täyden työeläkkeen rajan { $limit }. Jos näin käy kolmena kuukautena peräkkäin, eläke voidaan muuttaa osaeläkkeeksi, joka on puolet täydestä. Puhu ohjaajan kanssa.
warning-pension-turns-partial-from = Tulosi ylittävät täyden työeläkkeen rajan { $limit } kolmena kuukautena peräkkäin. Siksi eläke voi muuttua osaeläkkeeksi { $from } alkaen, ja saat puolet täydestä eläkkeestä. Puhu ohjaajan kanssa ennen kuin otat keikan.
warning-figure-not-yet-published = { $benefit }: vuoden { $year } lukuja ei ole vielä julkaistu. Käytämme edellisen vuoden lukuja. Tarkista tulos ohjaajan kanssa, kun uudet luvut tulevat.
warning-figure-unknown = { $benefit }: emme tiedä kaikkia lukuja tälle kuulle, joten emme laske sitä. Kysy ohjaajalta.
warning-profile-figures-missing = { $benefit }: tukitiedoistasi puuttuu luku päätöksestä. Lisää se tukitietoihin, niin voimme laskea. Ohjaaja voi auttaa.
warning-tax-percent-unknown = Veroprosenttisi puuttuu. Siksi toimeentulotuki on laskettu kuin palkasta ja tuista ei perittäisi veroa. Lisää veroprosentti tukitietoihin. Veroprosentti on verokortissasi, ja ohjaaja voi auttaa.
rule-rehabilitative-compensation = Kuntouttavasta työtoiminnasta saat 9 euroa päivältä. Kulukorvaus maksetaan yleistuen kanssa, myös kun tuki on soviteltu. Jos palkka vie koko tuen, kulukorvausta ei makseta. Toimeentulotuen saajan toimintaraha ei muutu palkasta.
figure-employee-contributions = Palkasta perittävät eläke- ja työttömyysvakuutusmaksut
figure-household-income-in-decision = Kotitalouden tulot voimassa olevassa päätöksessä
figure-basic-excess-in-decision = Perusomavastuu voimassa olevassa päätöksessä
figure-household-income-revised = Kotitalouden tulot tarkistuksen jälkeen
figure-accepted-costs-yearly = Hyväksytyt asumismenot vuodessa
figure-income-limit-yearly = Tuloraja vuodessa
figure-yearly-income-before = Vuositulot ilman keikkoja
figure-yearly-income-in-decision = Vuositulot voimassa olevassa päätöksessä
figure-compensation-total = Korvaus päiviltä yhteensä
profile-unemployment = Yleistuki (ennen työmarkkinatuki tai peruspäiväraha)
    .about = Työttömän perustuki. Palkka pienentää sitä, mutta palkan kanssa saat yleensä enemmän rahaa.
profile-kela-regardless = Päätöksen mukaan työtulot eivät vaikuta eläkkeeseeni
profile-personal-limit = Oma ansaintarajasi kuussa
profile-personal-limit-help = Jos eläkepäätöksessä on euromäärä, kirjoita se. Muuten jätä tyhjäksi.
profile-rehabilitative = Kuntouttava työtoiminta (kulukorvaus tai toimintaraha)
    .about = Työtoiminta, josta saat kulukorvausta tai toimintarahaa.
profile-rehabilitative-weekdays = Minä päivinä olet kuntouttavassa työtoiminnassa?
profile-pensioner-costs = Hyväksytyt asumismenot kuussa
profile-pensioner-income = Tulot kuussa ennen veroja
profile-pensioner-income-help = Kaikki eläkkeesi ja muut tulot, jotka päätöksessä on laskettu. Ei keikkoja.
profile-pensioner-couple = Asun puolison kanssa

money-overall-loss = Kun myöhemmät kuukaudet lasketaan mukaan, sinulla on yhteensä noin { $amount } vähemmän rahaa.
money-overall-keep = Kun myöhemmät kuukaudet lasketaan mukaan, sinulle jää yhteensä noin { $amount }.

rules-in-use = Laskelman luvut päivitetty { $date }.

## Money: what is kept, said after tax where the tax percentage is known; the month worked
money-keep-unknown = Emme osaa sanoa, paljonko sinulle jää tästä työstä. Kysy ohjaajalta.
money-tax-estimate = Vero on laskettu veroprosenttisi mukaan.
money-months-two = { $first } ja { $second }
money-benefit-falls-in = { $benefit } pienenee { $amount } { $month-in }.
money-benefit-rises-in = { $benefit } kasvaa { $amount } { $month-in }.
money-benefit-unknown-in = Emme osaa sanoa, miten { $benefit-mid } muuttuu { $month-in }. Kysy ohjaajalta.
badge-keep-before-tax = Ennen veroja sinulle jää noin { $amount }
badge-keep-unknown = Emme osaa sanoa, paljonko jää
money-month-keep-after-tax = Verojen ja palkasta perittävien maksujen jälkeen sinulle jää keikoista noin { $amount } enemmän.
money-month-keep-unknown = Emme osaa sanoa, paljonko sinulle jää keikoista tässä kuussa. Kysy ohjaajalta.
rule-kela-disability-pension-regardless = Päätöksesi mukaan Kelan työkyvyttömyyseläke maksetaan tuloista riippumatta. Työ ei keskeytä sitä.
warning-profile-figures-missing-social-assistance = Perustoimeentulotuki: perheesi perusosa puuttuu. Kirjoita se Kelan päätöksestä tukitietoihin, niin voimme laskea.
warning-profile-figures-missing-pensioner-housing = Eläkkeensaajan asumistuki: päätöksen asumismenot ja tulot puuttuvat. Kirjoita ne tukitietoihin, niin voimme laskea. Ohjaaja voi auttaa.

## Money as the supervisor sees it: the participant, not "you"
money-month-keep-staff = Palkasta perittävien maksujen jälkeen, mutta ennen veroja, osallistujalle jää keikoista { $amount } enemmän.
money-month-keep-after-tax-staff = Verojen ja palkasta perittävien maksujen jälkeen osallistujalle jää keikoista noin { $amount } enemmän.
money-month-keep-unknown-staff = Emme osaa sanoa, paljonko osallistujalle jää keikoista tässä kuussa.
money-limit-staff = { $pension }: osallistujan kuukauden tulot ovat { $earned }. Raja on { $limit }. Hän voi ansaita vielä { $left }.
money-month-keep-loss = Keikkojen takia sinulla on tässä kuussa noin { $amount } vähemmän rahaa. Puhu ohjaajan kanssa.
money-month-keep-nothing = Keikoista ei jää sinulle rahaa tässä kuussa.
money-month-keep-loss-staff = Keikkojen takia osallistujalla on tässä kuussa noin { $amount } vähemmän rahaa.
money-month-keep-nothing-staff = Keikoista ei jää osallistujalle rahaa tässä kuussa.
money-warnings-to-participant = Osallistuja näkee nämä huomautukset:
reason-not-yet = Keikan päivä ei ole vielä tullut. Työn voi aloittaa ja merkitä tehdyksi vasta keikan päivänä.
mine-start-on-the-day = Voit merkitä aloittaneesi { $date }, kun keikan päivä on tullut.

## Tulevat kuukaudet (issue 18)
plan-title = Tulevat kuukaudet
plan-open = Katso tulevat kuukaudet
plan-open-staff = Tulevat kuukaudet
plan-intro = Tässä näet tämän kuun ja kaksi seuraavaa kuuta. Kuukausi on se kuu, jolloin palkka maksetaan. Voit kokeilla, mitä käy, jos otat avoimia tehtäviä.
plan-intro-staff = Näin { $name } näkee tulevat kuukautensa. Luvut tulevat tukitiedoista, jotka hän on jakanut. Voit kokeilla, mitä avoimet tehtävät tekisivät hänen rahoilleen.
plan-held = Palkka otetuista töistä
plan-what-if = Palkka kokeiltavista tehtävistä
plan-keep-before-tax = Jää ennen veroa
plan-keep-after-tax = Jää verojen jälkeen
plan-after-title = Näiden kuukausien jälkeen
plan-try-title = Kokeile avoimia tehtäviä
plan-try-help = Valitse tehtävä, niin näet yllä, mitä se tekisi rahoille. Valinta ei varaa tehtävää.
plan-try-none = Nyt ei ole avoimia tehtäviä, joita voisi kokeilla.
plan-series = joka { $weekday }, { $count } kertaa, ensimmäisen kerran { $first }
plan-easy-more = Sinulle jää { $amount } enemmän { $month-in }.
plan-easy-less = Sinulla on { $amount } vähemmän rahaa { $month-in } kuin ilman töitä. Puhu ohjaajan kanssa.
plan-easy-same = Töistä ei jää sinulle lisää rahaa { $month-in }.
plan-easy-unknown = Emme osaa sanoa, paljonko sinulle jää { $month-in }. Kysy ohjaajalta.
plan-chart-show = Näytä kuva
plan-chart-hide = Piilota kuva
plan-chart-title = Mitä jää { $month-in }, kun palkka kasvaa
plan-chart-keep-before-tax = Luvut ovat ennen veroa. Mukana on myös se, mitä palkka vie myöhemmiltä kuukausilta.
plan-chart-keep-after-tax = Luvut ovat verojen jälkeen. Mukana on myös se, mitä palkka vie myöhemmiltä kuukausilta.
plan-chart-you = Suunnitelman mukaan: palkka { $pay }, jää { $keep }.
plan-chart-marks = A B C D
plan-chart-you-short = suunnitelma
plan-limit-pension = { $pension }: ansaintaraja { $pay }. Yksi kuukausi yli rajan ei vielä vie eläkettä.
plan-limit-housing = { $benefit }: kun palkka on { $pay } tai enemmän, tulot voidaan katsoa pysyviksi, ja tuki voidaan tarkistaa { $from } alkaen.
plan-limit-housing-any = { $benefit }: jo pienikin palkka { $month-in } voi tehdä tuloista pysyviä, ja tuki voidaan tarkistaa { $from } alkaen.
plan-limit-falls = { $benefit }: kun palkka on { $pay } tai enemmän, tuki pienenee { $from } alkaen enemmän kuin palkka tuo.
plan-table-show = Näytä luvut taulukkona
plan-table-hide = Piilota taulukko
plan-table-pay = Palkka kuukaudessa
plan-table-keep = Jää rahaa
plan-ahead-over-limit = { $pension }: tämän viikkotehtävän { $week }. kerta ({ $date }) vie tulot yli ansaintarajan { $month-in }.
plan-ahead-pension-stops = { $pension }: tämän viikkotehtävän { $week }. kerta ({ $date }) tekee kolmannen kuukauden peräkkäin yli ansaintarajan. Eläke jää lepäämään { $from } alkaen.
plan-ahead-housing = Tämän viikkotehtävän { $week }. kerta ({ $date }) kasvattaa tuloja niin paljon, että asumistuki voidaan tarkistaa { $from } alkaen.
plan-easy-no-pay = Sinulle ei makseta palkkaa { $month-in }.
plan-intro-staff-pay-only = Tässä ovat palkat, jotka { $name } saa tulevina kuukausina. Hän ei ole antanut lupaa nähdä tukitietojaan, joten rahojen muutoksia ei näytetä.
plan-chart-axes = Vaakasuunnassa kuukauden palkka 0–{ $max }, pystysuunnassa mitä jää: { $lowest } … { $highest }.
plan-limit-pension-rests = { $pension }: ansaintaraja { $pay }. Tätä suurempi palkka olisi kolmas kuukausi peräkkäin yli rajan, ja eläke jäisi lepäämään { $from } alkaen.
plan-limit-benefit-ends = { $benefit } loppuu, kun palkka on { $pay }.
plan-status = Laskelma päivitetty: { $months }
plan-status-month = { $month }: jää { $keep }.
plan-status-unknown = ei tiedossa
plan-status-pay = { $month }: palkka { $pay }.
plan-try-help-pay-only = Valitse tehtävä, niin näet yllä, mitä se tekisi palkoille. Valinta ei varaa tehtävää.
plan-clash = Tämä on samaan aikaan kuin jo otettu työ { $task } ({ $when }). Molempia ei ehdi tehdä.

## Read-aloud: the device's own voice reads the screen; the words it says for symbols.
read-aloud-label = Kuuntele
read-aloud-start = Kuuntele
read-aloud-stop = Lopeta
read-aloud-again = Kuuntele alusta
read-aloud-no-voice = Tässä laitteessa ei ole suomenkielistä puheääntä. Voit kuunnella ruotsinkielisellä äänellä, jos haluat.
read-aloud-other-voice = Kuuntele ruotsinkielisellä äänellä
read-aloud-unavailable = Tämä laite ei osaa lukea tekstiä ääneen.
me-read-aloud = Näytä Kuuntele-painike
speech-euro-one = euro
speech-euros = euroa
speech-percent = prosenttia
speech-minus = miinus
speech-to = –

## Today first: a task held today, at the top of the home screen.
today-title = Tänään sinun työsi
today-first-step = Ensimmäinen vaihe
