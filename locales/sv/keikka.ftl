# Keikka, svenska (standardspråk).

app-name = Keikka

## Synkronisering: finns saken bara i telefonen eller också på servern.
sync-saved-on-phone = Sparat i den här telefonen. Skickas när nätet fungerar.
sync-sent = Skickat.
sync-last = Senast uppdaterat { $time }.
sync-never = Uppgifterna har inte uppdaterats ännu.
sync-offline = Ingen nätförbindelse. Allt du gjort finns sparat i den här telefonen.
sync-server-error = Servern svarade inte. Dina uppgifter är sparade. Försök igen senare.
sync-conflict = Den här ändringen går kanske inte längre igenom. Den skickas ändå, och du ser snart om den gick igenom.

## Koppla enheten med en engångskod.
pairing-invalid-code = Koden fungerar inte. Kontrollera koden eller be handledaren om en ny.
pairing-too-many-attempts = För många försök. Vänta en stund och försök igen.
pairing-revoked = Den här enheten har tagits ur bruk. Be handledaren om en ny kod.

## Varför servern inte godkände ändringen (koder från DomainError i keikka-core).
reason-task-full = Någon annan hann boka den sista platsen. Det är inte ditt fel. Se andra lediga uppdrag.
reason-task-not-open = Det här uppdraget kan inte bokas längre. Det är inställt eller tiden har gått ut.
reason-already-claimed = Du har redan bokat det här uppdraget.
reason-not-found = Uppgiften hittades inte. Den kan ha tagits bort.
reason-forbidden = Du har inte rätt att göra det här.
reason-invalid-transition = Det här steget går inte att göra nu. Se uppdragets läge.
reason-already-decided = Det här är redan avgjort.
reason-id-in-use = Samma uppgift är redan sparad.
reason-invalid-input = Någon uppgift saknas eller är fel. Kontrollera fälten.
