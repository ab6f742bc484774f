# Keikka, suomi (yleiskieli).

app-name = Keikka

## Synkronointi: onko asia vain puhelimessa vai myös palvelimella.
sync-saved-on-phone = Tallennettu tähän puhelimeen. Lähtee, kun verkko toimii.
sync-sent = Lähetetty.
sync-last = Päivitetty viimeksi { $time }.
sync-never = Tietoja ei ole vielä päivitetty.
sync-offline = Ei verkkoyhteyttä. Kaikki tekemäsi on tallessa tässä puhelimessa.
sync-server-error = Palvelin ei vastannut. Tietosi ovat tallessa. Yritä myöhemmin uudelleen.
sync-conflict = Tämä muutos ei ehkä enää onnistu. Se lähetetään silti, ja näet pian, menikö se läpi.

## Laitteen liittäminen kertakoodilla.
pairing-invalid-code = Koodi ei kelpaa. Tarkista koodi tai pyydä ohjaajalta uusi.
pairing-too-many-attempts = Liian monta yritystä. Odota hetki ja yritä uudelleen.
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
