# Keikka, lättläst svenska. Korta meningar. En sak i varje mening. Inga förkortningar.

app-name = Keikka

## Synkronisering.
sync-saved-on-phone = Det här är sparat i telefonen. Det skickas när nätet fungerar.
sync-sent = Skickat.
sync-last = Uppgifterna uppdaterades { $time }.
sync-never = Uppgifterna har inte uppdaterats ännu.
sync-offline = Nätet fungerar inte nu. Allt är sparat i telefonen.
sync-server-error = Det gick inte att skicka. Allt är sparat. Försök igen senare.
sync-conflict = Det här går kanske inte. Du ser snart om det gick.

## Koppla telefonen.
pairing-invalid-code = Koden fungerar inte. Titta på koden igen. Du kan be handledaren om en ny kod.
pairing-too-many-attempts = Du har försökt många gånger. Vänta lite. Försök sedan igen.
pairing-revoked = Du kan inte använda den här telefonen längre. Be handledaren om en ny kod.

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
