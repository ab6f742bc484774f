# Keikka, selkosuomi. Lyhyet lauseet. Yksi asia yhdessä lauseessa. Ei lyhenteitä.

app-name = Keikka

## Synkronointi.
sync-saved-on-phone = Tämä on tallessa puhelimessa. Se lähtee, kun netti toimii.
sync-sent = Lähetetty.
sync-last = Tiedot päivitettiin { $time }.
sync-never = Tietoja ei ole vielä päivitetty.
sync-offline = Netti ei toimi nyt. Kaikki on tallessa puhelimessa.
sync-server-error = Yhteys ei toiminut. Kaikki on tallessa. Kokeile myöhemmin uudelleen.
sync-conflict = Tämä ei ehkä onnistu. Näet pian, menikö se läpi.

## Laitteen liittäminen.
pairing-invalid-code = Koodi ei toimi. Katso koodi uudelleen. Voit pyytää ohjaajalta uuden koodin.
pairing-too-many-attempts = Yritit monta kertaa. Odota vähän. Kokeile sitten uudelleen.
pairing-revoked = Tätä puhelinta ei voi enää käyttää. Pyydä ohjaajalta uusi koodi.

## Miksi muutos ei mennyt läpi.
reason-task-full = Joku muu ehti ensin. Se ei ole sinun vikasi. Katso muita keikkoja.
reason-task-not-open = Tätä keikkaa ei voi enää ottaa.
reason-already-claimed = Sinulla on jo tämä keikka.
reason-not-found = Tätä ei löytynyt.
reason-forbidden = Et voi tehdä tätä.
reason-invalid-transition = Et voi tehdä tätä nyt. Katso keikan tiedot.
reason-already-decided = Tämä asia on jo päätetty.
reason-id-in-use = Tämä on jo tallessa.
reason-invalid-input = Jokin tieto puuttuu. Katso tiedot uudelleen.
