<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_MX">
<context>
    <name>App</name>
    <message>
        <location filename="../cocreation_app/ui/app.py" line="67"/>
        <source>No se pudo crear la carpeta de datos «{folder}»: {reason}</source>
        <translation>Could not create the data folder “{folder}”: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="141"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="126"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="143"/>
        <source>Por qué</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="139"/>
        <source>Quién valora</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="128"/>
        <source>Valoración</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="121"/>
        <source>Valorar: {title}</source>
        <translation>Assess: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="137"/>
        <source>Valores</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="95"/>
        <source>Cancelando…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="71"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="73"/>
        <source>Exportando</source>
        <translation>Exporting</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="55"/>
        <source>Respaldo restaurado. La base de datos anterior se guardó en {path}</source>
        <translation>Backup restored. The previous database was saved in {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="60"/>
        <source>Restaurar &amp;respaldo…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="34"/>
        <source>Restaurar respaldo</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="40"/>
        <source>¿Reemplazar la base de datos abierta por el respaldo «{name}»? La base de datos actual se guardará antes en la carpeta de respaldos automáticos.</source>
        <translation>Replace the open database with the backup “{name}”? The current database will first be saved in the automatic backups folder.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="66"/>
        <source>&amp;Registrar asistencia (Enter)</source>
        <translation>&amp;Check in (Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="119"/>
        <source>Elija o cree un taller para registrar asistencia.</source>
        <translation>Choose or create a workshop to check people in.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="136"/>
        <source>En la sala: {count}</source>
        <translation>In the room: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="42"/>
        <location filename="../cocreation_app/ui/checkin/view.py" line="43"/>
        <source>Escriba parte del nombre y pulse Enter para registrar la asistencia de la persona seleccionada. Flechas para elegir otra; Ctrl+Z deshace.</source>
        <translation>Type part of the name and press Enter to check in the selected person. Use the arrow keys to choose another; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="50"/>
        <location filename="../cocreation_app/ui/checkin/view.py" line="51"/>
        <source>Modo revisión: la asistencia se consulta, pero no se registra. Escriba parte del nombre para buscar a una persona.</source>
        <translation>Review mode: attendance can be viewed but not recorded. Type part of a name to find a person.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="142"/>
        <source>Por género</source>
        <translation>By gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="138"/>
        <source>Por sector</source>
        <translation>By sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="152"/>
        <source>Primero elija o cree un taller.</source>
        <translation>First choose or create a workshop.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="166"/>
        <source>{name} ya estaba en la sala.</source>
        <translation>{name} was already in the room.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="72"/>
        <source>Agregar {kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="51"/>
        <source>Deshecho: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="104"/>
        <source>Editar {kind}</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="132"/>
        <source>Eliminar {kind}</source>
        <translation>Delete {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="149"/>
        <source>Registrar asistencia de {name}</source>
        <translation>Check in {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="48"/>
        <source>Rehecho: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="66"/>
        <source>Análisis del compromiso</source>
        <translation>Analysis of the commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="64"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="60"/>
        <source>Datos generales</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="100"/>
        <source>Eliminar h&amp;ito</source>
        <translation>Delete m&amp;ilestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="107"/>
        <source>Ficha del compromiso</source>
        <translation>Commitment template</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="108"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="70"/>
        <source>Institución responsable y contacto</source>
        <translation>Lead institution and contact</translation>
    </message>
    <message>
        <source>Nuevo &amp;hito</source>
        <translation type="vanished">New &amp;milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="99"/>
        <source>Nuevo hit&amp;o</source>
        <translation>New &amp;milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="80"/>
        <source>Otros actores involucrados</source>
        <translation>Other actors involved</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="63"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>&lt;b&gt;Completitud&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Completeness&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="196"/>
        <source>Completitud</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="207"/>
        <source>Completitud: {percent}</source>
        <translation>Completeness: {percent}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="197"/>
        <source>Elija o cree un compromiso.</source>
        <translation>Choose or create a commitment.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="232"/>
        <source>Falta para completarlo:</source>
        <translation>Still missing:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="213"/>
        <source>Listo: el compromiso y sus hitos están completos.</source>
        <translation>Done: the commitment and its milestones are complete.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="180"/>
        <location filename="../cocreation_app/ui/commitments/view.py" line="181"/>
        <source>Un hito es verificable cuando indica entregable, medio de verificación, responsable y fechas de inicio y término.</source>
        <translation>A milestone is verifiable when it states a deliverable, means of verification, who is responsible, and start and end dates.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="51"/>
        <source>(vacío)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="293"/>
        <source>Conflicto resuelto.</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="124"/>
        <source>Conservar el valor seleccionado</source>
        <translation>Keep the selected value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="68"/>
        <source>Eliminado</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="233"/>
        <source>Eliminar {kind} «{label}»</source>
        <translation>Delete {kind} “{label}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="128"/>
        <source>Guardar valor combinado</source>
        <translation>Save combined value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="136"/>
        <source>Modo revisión: los conflictos se consultan, pero no se resuelven.</source>
        <translation>Review mode: conflicts can be viewed but not resolved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="134"/>
        <source>No hay conflictos: todos los cambios importados concuerdan.</source>
        <translation>No conflicts: all the imported changes agree.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="227"/>
        <source>Restaurar {kind} «{label}»</source>
        <translation>Restore {kind} “{label}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="127"/>
        <source>o escriba un valor combinado</source>
        <translation>or write a combined value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="63"/>
        <source>su registro superior se eliminó</source>
        <translation>the record it belongs to was deleted</translation>
    </message>
    <message>
        <source>sí</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="90"/>
        <source>{kind} «{label}» se agregó en {created_by} ({created_at}) bajo {parent_kind} «{parent}», que se eliminó en {deleted_by} ({deleted_at}). Ninguna vista lo muestra mientras su registro superior siga eliminado: restaure el superior o elimine el registro.</source>
        <translation>{kind} “{label}” was added on {created_by} ({created_at}) under {parent_kind} “{parent}”, which was deleted on {deleted_by} ({deleted_at}). No view shows it while the record it belongs to stays deleted: restore that record or delete this one.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="199"/>
        <source>{kind}: {label} — {field}</source>
        <translation>{kind}: {label} — {field}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="249"/>
        <source>{value}  (actual)</source>
        <translation>{value}  (current)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="240"/>
        <source>«{field}» se cambió en dos computadoras sin que una viera el cambio de la otra.</source>
        <translation>“{field}” was changed on two computers without either seeing the other's change.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="113"/>
        <source>Sin consentimiento no se registra la asistencia de {name}.</source>
        <translation>Without consent, {name} is not checked in.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="49"/>
        <location filename="../cocreation_app/ui/lists/consent.py" line="50"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; viene de la lista de preregistro y aún no acepta el aviso de privacidad. Léale el aviso antes de registrar su asistencia:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; comes from the pre-registration list and has not accepted the privacy notice yet. Read them the notice before checking them in:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="77"/>
        <source>Acepta fotografías</source>
        <translation>Accepts photographs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="76"/>
        <source>Acepta publicar su nombre</source>
        <translation>Accepts publishing their name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="75"/>
        <source>Acepta ser contactada</source>
        <translation>Accepts being contacted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="45"/>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="86"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="60"/>
        <location filename="../cocreation_app/ui/lists/consent.py" line="61"/>
        <source>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar la asistencia de personas preregistradas.</source>
        <translation>This plan has no privacy notice. Add it in «Plan» before checking in pre-registered people.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="67"/>
        <source>Leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation>Has read and accepts the privacy notice (version {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="71"/>
        <source>Leyó y acepta el aviso de privacidad *</source>
        <translation>Has read and accepts the privacy notice *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="84"/>
        <source>Registrar consentimiento y asistencia</source>
        <translation>Record consent and check in</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="31"/>
        <source>(no se pudo escribir el archivo)</source>
        <translation>(the file could not be written)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="34"/>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="28"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="35"/>
        <source>Ocurrió un error inesperado. Sus datos guardados están a salvo.

Los detalles se guardaron en:
{path}

Envíe ese archivo a quien le da soporte.</source>
        <translation>An unexpected error occurred. Your saved data is safe.

The details were saved in:
{path}

Send that file to whoever gives you support.</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="132"/>
        <source>&amp;Abrir base de datos…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="129"/>
        <source>&amp;Nueva base de datos…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="141"/>
        <source>&amp;Respaldar…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="67"/>
        <source>Abrir base de datos</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="135"/>
        <source>Abrir base de datos en un &amp;servidor…</source>
        <translation>Open a database on a &amp;server…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="137"/>
        <source>Abrir la &amp;demostración</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="41"/>
        <location filename="../cocreation_app/ui/database/feature.py" line="103"/>
        <source>Base de datos abierta: {path}</source>
        <translation>Database opened: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="54"/>
        <source>Demostración abierta: {path}</source>
        <translation>Demo opened: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="119"/>
        <source>No se pudo guardar el respaldo en «{path}»: {reason}</source>
        <translation>Could not save the backup to “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="59"/>
        <source>Nueva base de datos</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="112"/>
        <source>Respaldar</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="124"/>
        <source>Respaldo guardado en {path}</source>
        <translation>Backup saved to {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="45"/>
        <source>Calendario</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="40"/>
        <source>Elegir en el calendario (F4)</source>
        <translation>Pick from the calendar (F4)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="36"/>
        <source>p. ej. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="71"/>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Confianza</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Equipo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="36"/>
        <source>Equipos</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Huella de la clave</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="39"/>
        <source>La clave de cada equipo se fija la primera vez que llega un paquete suyo; un paquete que diga venir de él firmado con otra clave se rechaza. Compare la huella con la que muestra el otro equipo. Los paquetes de un equipo no confiable se rechazan.</source>
        <translation>Each device's key is pinned the first time a bundle of it arrives; a bundle that says it comes from it signed with another key is refused. Compare the fingerprint with the one the other device shows. Bundles of a device that is not trusted are refused.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="55"/>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="94"/>
        <source>Marcar como no confiable</source>
        <translation>Mark as not trusted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="94"/>
        <source>Volver a confiar</source>
        <translation>Trust again</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="74"/>
        <source>confiable</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="74"/>
        <source>no confiable</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="75"/>
        <source>sin clave todavía</source>
        <translation>no key yet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="73"/>
        <source>{name} (este equipo)</source>
        <translation>{name} (this device)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="39"/>
        <source>Al fusionar se conservan las asistencias de ambos registros y, de cada consentimiento, la respuesta más protectora.</source>
        <translation>Merging keeps the attendance of both records and, for each consent, the more protective answer.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="50"/>
        <source>Fusionar el grupo seleccionado</source>
        <translation>Merge the selected group</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="36"/>
        <source>Personas duplicadas</source>
        <translation>Duplicate people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="67"/>
        <source>Posible duplicado ({reasons})</source>
        <translation>Possible duplicate ({reasons})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="108"/>
        <source>Registros fusionados.</source>
        <translation>Records merged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="73"/>
        <source>{name}  (se conserva)</source>
        <translation>{name}  (kept)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../cocreation_app/failures.py" line="75"/>
        <source>El disco está lleno; no se guardó nada.</source>
        <translation>The disk is full; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="73"/>
        <source>La base de datos está ocupada por otro programa; intente de nuevo.</source>
        <translation>The database is in use by another program; try again.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="76"/>
        <source>No se pudo usar la base de datos: {reason}</source>
        <translation>Could not use the database: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="80"/>
        <source>«{path}»: {reason}</source>
        <translation>“{path}”: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="75"/>
        <source>&amp;Abrir el PDF al terminar</source>
        <translation>&amp;Open the PDF when done</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="83"/>
        <source>&amp;Elegir archivo y exportar…</source>
        <translation>&amp;Choose file and export…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="74"/>
        <source>&amp;Papel:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="73"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="84"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="72"/>
        <source>Carta</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="48"/>
        <source>Con los nombres de las personas registradas</source>
        <translation>With the names of registered people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="49"/>
        <source>En blanco, para llenar a mano</source>
        <translation>Blank, to fill in by hand</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="65"/>
        <source>Filas vacías al final:</source>
        <translation>Empty rows at the end:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="64"/>
        <source>Lista:</source>
        <translation>Sheet:</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="36"/>
        <source>&amp;Lista de asistencia (PDF)…</source>
        <translation>&amp;Attendance sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="33"/>
        <source>Borrador del &amp;plan (PDF)…</source>
        <translation>&amp;Plan draft (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="68"/>
        <source>Borrador del plan guardado en {path}</source>
        <translation>Plan draft saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="51"/>
        <source>El borrador del Plan de Acción Local en PDF: portada, contenido, problemas, propuestas, compromisos e hitos. Un plan grande tarda unos segundos.</source>
        <translation>The Local Action Plan draft as a PDF: cover, contents, problems, proposals, commitments and milestones. A large plan takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="47"/>
        <source>Elija o cree primero un plan.</source>
        <translation>Choose or create a plan first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="77"/>
        <source>Elija o cree primero un taller.</source>
        <translation>Choose or create a workshop first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="131"/>
        <source>Exportación cancelada; no se guardó ningún archivo.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="50"/>
        <source>Exportar el borrador del plan</source>
        <translation>Export the plan draft</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="80"/>
        <source>Exportar la lista de asistencia</source>
        <translation>Export the attendance sheet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="66"/>
        <source>Generando el borrador del plan…</source>
        <translation>Creating the plan draft…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="104"/>
        <source>Generando la lista de asistencia…</source>
        <translation>Creating the attendance sheet…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="81"/>
        <source>La hoja para firmar del taller actual, con el aviso de privacidad y las casillas de consentimiento. Los datos de contacto nunca se imprimen.</source>
        <translation>The sign-in sheet of the current workshop, with the privacy notice and the consent boxes. Contact details are never printed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="106"/>
        <source>Lista de asistencia guardada en {path}</source>
        <translation>Attendance sheet saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="140"/>
        <source>No se pudo abrir el visor de PDF; el archivo está en {path}</source>
        <translation>Could not open the PDF viewer; the file is at {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="65"/>
        <source>borrador-del-plan.pdf</source>
        <translation>plan-draft.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="103"/>
        <source>lista-de-asistencia.pdf</source>
        <translation>attendance-sheet.pdf</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="160"/>
        <source>(registro no disponible)</source>
        <translation>(record not available)</translation>
    </message>
    <message>
        <source>AAAA-MM-DD</source>
        <translation type="vanished">YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="28"/>
        <source>&amp;Datos abiertos (zip)…</source>
        <translation>&amp;Open data (zip)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="31"/>
        <source>&amp;Sitio de seguimiento (carpeta)…</source>
        <translation>Follow-up &amp;site (folder)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="90"/>
        <source>Carpeta donde guardar el sitio</source>
        <translation>Folder in which to save the site</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="78"/>
        <source>Datos abiertos guardados en {path}</source>
        <translation>Open data saved in {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="39"/>
        <source>Elija primero un plan.</source>
        <translation>Choose a plan first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="70"/>
        <source>Exportar datos abiertos</source>
        <translation>Export open data</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="55"/>
        <source>Exportar informe de avance</source>
        <translation>Export progress report</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="25"/>
        <source>Informe de &amp;avance (PDF)…</source>
        <translation>Pro&amp;gress report (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="59"/>
        <source>Informe de avance guardado en {path}</source>
        <translation>Progress report saved in {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="97"/>
        <source>Sitio guardado en {path}; abra index.html.</source>
        <translation>Site saved in {path}; open index.html.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="70"/>
        <source>datos-abiertos.zip</source>
        <translation>open-data.zip</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="55"/>
        <source>informe-de-avance.pdf</source>
        <translation>progress-report.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="93"/>
        <source>sitio-de-seguimiento</source>
        <translation>follow-up-site</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="53"/>
        <source>&amp;Reportar avance…</source>
        <translation>&amp;Report progress…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="55"/>
        <source>&amp;Valorar compromiso…</source>
        <translation>&amp;Assess commitment…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="93"/>
        <source>Avance del plan: {progress}</source>
        <translation>The plan's progress: {progress}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="197"/>
        <source>Avance reportado.</source>
        <translation>Progress reported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="59"/>
        <location filename="../cocreation_app/ui/followup/view.py" line="60"/>
        <source>Borra la evidencia elegida y su archivo, sin poder deshacerlo, también en las demás computadoras al sincronizar (por ejemplo, si muestra a una persona que pidió cancelar sus datos).</source>
        <translation>Deletes the chosen evidence file and its contents, with no undo, also on the other computers when they synchronize (for example, when it shows a person who asked to have their data cancelled).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Compromiso o hito</source>
        <translation>Commitment or milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="86"/>
        <source>Elija un plan.</source>
        <translation>Choose a plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="57"/>
        <source>Eliminar &amp;definitivamente…</source>
        <translation>&amp;Delete for good…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="140"/>
        <source>Evidencia del {date}</source>
        <translation>Evidence of {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Término</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="248"/>
        <source>Valoración guardada.</source>
        <translation>Assessment saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="100"/>
        <source>hitos vencidos: {count}</source>
        <translation>overdue milestones: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="112"/>
        <source>{status}, vencido</source>
        <translation>{status}, overdue</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="224"/>
        <source>«{name}» se eliminó definitivamente.</source>
        <translation>“{name}” was deleted for good.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="211"/>
        <location filename="../cocreation_app/ui/followup/view.py" line="212"/>
        <source>¿Eliminar definitivamente «{name}»?

No se puede deshacer: el archivo se borra de esta base de datos y, al sincronizar, también de las demás computadoras que lo tengan.</source>
        <translation>Delete “{name}” for good?

This cannot be undone: the file is removed from this database and, when they synchronize, from the other computers that hold it.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Acerca de Cocrea</source>
        <translation type="vanished">&amp;About Cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="31"/>
        <source>&amp;Atajos de teclado</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="22"/>
        <source>&lt;h3&gt;Cocrea {version}&lt;/h3&gt;&lt;p&gt;Talleres de cocreación de gobierno abierto, sin conexión: registro y asistencia, problemas públicos, propuestas de solución, compromisos e hitos del Plan de Acción Local.&lt;/p&gt;&lt;p&gt;Licencia AGPL-3.0 o posterior.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cocrea {version}&lt;/h3&gt;&lt;p&gt;Open-government co-creation workshops, offline: registration and attendance, public problems, proposed solutions, commitments and milestones of the Local Action Plan.&lt;/p&gt;&lt;p&gt;Licensed under AGPL-3.0 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="35"/>
        <source>A&amp;cerca de Cocrea</source>
        <translation>&amp;About Cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="37"/>
        <source>Acerca de Cocrea</source>
        <translation>About Cocrea</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="89"/>
        <source>(columna {n} sin encabezado)</source>
        <translation>(column {n} without a header)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="84"/>
        <source>(no importar)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="110"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="77"/>
        <source>Columnas</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="66"/>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="67"/>
        <source>Encabezados en la fila {row}. Elija qué dato tiene cada columna; la vista previa se actualiza. Las personas importadas deberán aceptar el aviso de privacidad al registrar su asistencia: el consentimiento nunca se supone.</source>
        <translation>Headers in row {row}. Choose what each column holds; the preview follows. Imported people must accept the privacy notice when they check in: consent is never assumed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="174"/>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="194"/>
        <source>Fila {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="182"/>
        <source>Fila {row}: {name} — {reason}</source>
        <translation>Row {row}: {name} — {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="191"/>
        <source>Filas con errores</source>
        <translation>Rows with errors</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="226"/>
        <source>Importadas %Ln personas; aceptarán el aviso de privacidad al registrar su asistencia.</source>
        <translation>
            <numerusform>Imported %Ln person; they will accept the privacy notice when they check in.</numerusform>
            <numerusform>Imported %Ln people; they will accept the privacy notice when they check in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importadas {count} personas; aceptarán el aviso de privacidad al registrar su asistencia.</source>
        <translation type="vanished">Imported {count} people; they will accept the privacy notice when they check in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="143"/>
        <source>Importar %Ln personas</source>
        <translation>
            <numerusform>Import %Ln person</numerusform>
            <numerusform>Import %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="62"/>
        <source>Importar personas: {name}</source>
        <translation>Import people: {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="101"/>
        <source>Importar también las posibles duplicadas</source>
        <translation>Also import the possible duplicates</translation>
    </message>
    <message>
        <source>Importar {count} personas</source>
        <translation type="vanished">Import {count} people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="178"/>
        <source>Posibles duplicadas</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="173"/>
        <source>Primeras filas válidas</source>
        <translation>First valid rows</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="152"/>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="153"/>
        <source>Válidas: {valid} · posibles duplicadas: {dup} · con errores: {bad} (no se importan)</source>
        <translation>Valid: {valid} · possible duplicates: {dup} · with errors: {bad} (not imported)</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="156"/>
        <source>%Ln asistencias guardadas en {path}</source>
        <translation>
            <numerusform>%Ln check-in saved to {path}</numerusform>
            <numerusform>%Ln check-ins saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="139"/>
        <source>%Ln personas guardadas en {path}</source>
        <translation>
            <numerusform>%Ln person saved to {path}</numerusform>
            <numerusform>%Ln people saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="172"/>
        <source>%Ln problemas guardados en {path}</source>
        <translation>
            <numerusform>%Ln problem saved to {path}</numerusform>
            <numerusform>%Ln problems saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="48"/>
        <source>&amp;Asistencia del taller (Excel o CSV)…</source>
        <translation>Workshop &amp;attendance (Excel or CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="97"/>
        <source>Datos personales</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="64"/>
        <location filename="../cocreation_app/ui/lists/feature.py" line="131"/>
        <source>Elija o cree primero un plan.</source>
        <translation>Choose or create a plan first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="148"/>
        <location filename="../cocreation_app/ui/lists/feature.py" line="165"/>
        <source>Elija o cree primero un taller.</source>
        <translation>Choose or create a workshop first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="153"/>
        <source>Exportar la asistencia del taller</source>
        <translation>Export the workshop's attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="169"/>
        <source>Exportar la priorización del taller</source>
        <translation>Export the workshop's prioritization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="136"/>
        <source>Exportar personas participantes</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="71"/>
        <source>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="34"/>
        <source>Importar &amp;personas (Excel o CSV)…</source>
        <translation>Import &amp;people (Excel or CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="69"/>
        <source>Importar personas</source>
        <translation>Import people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="43"/>
        <source>Personas &amp;participantes (Excel o CSV)…</source>
        <translation>&amp;Participants (Excel or CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="51"/>
        <source>Priori&amp;zación del taller (Excel o CSV)…</source>
        <translation>Workshop priori&amp;tization (Excel or CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="154"/>
        <source>asistencia.xlsx</source>
        <translation>attendance.xlsx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="137"/>
        <source>personas-participantes.xlsx</source>
        <translation>participants.xlsx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="170"/>
        <source>priorizacion.xlsx</source>
        <translation>prioritization.xlsx</translation>
    </message>
    <message>
        <source>{rows} asistencias guardadas en {path}</source>
        <translation type="vanished">{rows} check-ins saved to {path}</translation>
    </message>
    <message>
        <source>{rows} personas guardadas en {path}</source>
        <translation type="vanished">{rows} people saved to {path}</translation>
    </message>
    <message>
        <source>{rows} problemas guardados en {path}</source>
        <translation type="vanished">{rows} problems saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="98"/>
        <source>¿Incluir género, correo electrónico y teléfono? Elija «No» si la lista sale de esta computadora (por ejemplo, para el municipio) y no los necesita.</source>
        <translation>Include gender, e-mail and phone? Choose «No» if the list leaves this computer (for the municipality, say) and does not need them.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="222"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="234"/>
        <source>&amp;Deshacer</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="223"/>
        <source>&amp;Edición</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="232"/>
        <source>&amp;Exportar</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="225"/>
        <source>&amp;Herramientas</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="236"/>
        <source>&amp;Rehacer</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="272"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="224"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="205"/>
        <source>Algunas funciones no se pudieron cargar; vea el archivo de fallos.</source>
        <translation>Some features could not be loaded; see the crash file.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="226"/>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="251"/>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="280"/>
        <source>Cocrea — {path}</source>
        <translation>Cocrea — {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="278"/>
        <source>Cocrea — {path} — modo revisión</source>
        <translation>Cocrea — {path} — review mode</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="164"/>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="117"/>
        <location filename="../cocreation_app/ui/main_window.py" line="140"/>
        <source>Guardado: {what}</source>
        <translation>Saved: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="252"/>
        <source>Hay datos escritos que no se han guardado. ¿Guardarlos antes de salir?</source>
        <translation>Some data you typed has not been saved. Save it before quitting?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="159"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="39"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="41"/>
        <source>&amp;Taller:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="22"/>
        <source>Plan y taller</source>
        <translation>Plan and workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="86"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="66"/>
        <source>{title} — {municipality}</source>
        <translation>{title} — {municipality}</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/participants/view.py" line="102"/>
        <source>%Ln personas</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="152"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="46"/>
        <source>Buscar por nombre, organización o correo…</source>
        <translation>Search by name, organization or email…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="150"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>En la sala</source>
        <translation type="vanished">In the room</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="149"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="146"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="148"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="147"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="151"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>{count} personas</source>
        <translation type="vanished">{count} people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="134"/>
        <source>✓ En la sala</source>
        <translation>✓ In the room</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>&amp;Editar datos</source>
        <translation type="vanished">&amp;Edit details</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="144"/>
        <source>E&amp;liminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="143"/>
        <source>Editar &amp;datos</source>
        <translation>Ed&amp;it details</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="197"/>
        <source>Eliminar a {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="159"/>
        <source>Eliminar el registro elegido en la lista</source>
        <translation>Delete the record chosen in the list</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="188"/>
        <location filename="../cocreation_app/ui/participants/view.py" line="189"/>
        <source>¿Eliminar a {name} y sus asistencias? Puede deshacerlo con Ctrl+Z.</source>
        <translation>Delete {name} and their attendance records? You can undo it with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="42"/>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="29"/>
        <source>Datos del plan</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="76"/>
        <source>Datos del plan y aviso de privacidad</source>
        <translation>Plan details and privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="78"/>
        <source>Secretariado Técnico Local</source>
        <translation>Local Technical Secretariat</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="77"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
</context>
<context>
    <name>PlenaryChart</name>
    <message>
        <location filename="../cocreation_app/ui/plenary/chart.py" line="48"/>
        <source>Aún no hay votos registrados.</source>
        <translation>No votes recorded yet.</translation>
    </message>
</context>
<context>
    <name>PlenaryController</name>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="57"/>
        <source>Duración del temporizador…</source>
        <translation>Timer duration…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="51"/>
        <source>Iniciar o pausar el temporizador</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="164"/>
        <source>Minutos de la actividad:</source>
        <translation>Minutes for the activity:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="48"/>
        <source>Mostrar vista plenaria</source>
        <translation>Show plenary view</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="59"/>
        <source>Pantalla</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="54"/>
        <source>Reiniciar el temporizador</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="163"/>
        <source>Temporizador</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="46"/>
        <source>Vista &amp;plenaria</source>
        <translation>&amp;Plenary view</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="147"/>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>PlenaryWindow</name>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="37"/>
        <source>Cocrea — vista plenaria</source>
        <translation>Cocrea — plenary view</translation>
    </message>
    <message>
        <source>en curso</source>
        <translation type="vanished">running</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="88"/>
        <source>en curso · Espacio: pausar</source>
        <translation>running · Space: pause</translation>
    </message>
    <message>
        <source>en pausa</source>
        <translation type="vanished">paused</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="92"/>
        <source>en pausa · Espacio: iniciar</source>
        <translation>paused · Space: start</translation>
    </message>
    <message>
        <source>tiempo terminado</source>
        <translation type="vanished">time is up</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="90"/>
        <source>tiempo terminado · Ctrl+F6: reiniciar</source>
        <translation>time is up · Ctrl+F6: reset</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../cocreation_app/ui/preferences/feature.py" line="29"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="41"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="45"/>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="46"/>
        <source>El cambio de idioma se aplica de inmediato a la ventana, a los mensajes y a los documentos que exporte. El historial de deshacer empieza de nuevo.</source>
        <translation>A change of language applies at once to the window, the messages and the documents you export. The undo history starts over.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="34"/>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
</context>
<context>
    <name>PrioritizationData</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="92"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="94"/>
        <source>%n puntos · criterios {criteria}</source>
        <translation>
            <numerusform>%n dot · criteria {criteria}</numerusform>
            <numerusform>%n dots · criteria {criteria}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="86"/>
        <source>Elija un taller en la ventana principal.</source>
        <translation>Choose a workshop in the main window.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="116"/>
        <source>En verde: problemas seleccionados para diseño de soluciones.</source>
        <translation>In green: problems selected for solution design.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="85"/>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="119"/>
        <source>Priorización de problemas públicos</source>
        <translation>Prioritization of public problems</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="111"/>
        <source>Se muestran los {shown} primeros de %n problemas.</source>
        <translation>
            <numerusform>Showing the first {shown} of %n problem.</numerusform>
            <numerusform>Showing the first {shown} of %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se muestran los {shown} primeros de {count} problemas.</source>
        <translation type="vanished">Showing the first {shown} of {count} problems.</translation>
    </message>
    <message>
        <source>{dots} puntos</source>
        <translation type="vanished">{dots} dots</translation>
    </message>
    <message>
        <source>{dots} puntos · criterios {criteria}</source>
        <translation type="vanished">{dots} dots · criteria {criteria}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="120"/>
        <source>{workshop} · %n puntos emitidos</source>
        <translation>
            <numerusform>{workshop} · %n dot cast</numerusform>
            <numerusform>{workshop} · %n dots cast</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshop} · {dots} puntos emitidos</source>
        <translation type="vanished">{workshop} · {dots} dots cast</translation>
    </message>
</context>
<context>
    <name>PrioritizationView</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="224"/>
        <source>Elija un taller para priorizar sus problemas.</source>
        <translation>Choose a workshop to prioritize its problems.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="243"/>
        <source>Elija uno o más problemas del ranking.</source>
        <translation>Choose one or more problems from the ranking.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="95"/>
        <source>Este taller no tiene problemas públicos con puntos o calificaciones. Regístrelos en la pestaña Problemas, o elija arriba el taller donde se identificaron.</source>
        <translation>This workshop has no public problems with dots or scores. Record them in the Problems tab, or choose above the workshop where they were identified.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="76"/>
        <source>Peso de los criterios:</source>
        <translation>Weight of the criteria:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="74"/>
        <source>Peso de los puntos:</source>
        <translation>Weight of the dots:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/feature.py" line="18"/>
        <source>Priorización</source>
        <translation>Prioritization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="169"/>
        <source>Problema que se priorizará también en este taller:</source>
        <translation>Problem to prioritize in this workshop too:</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/view.py" line="248"/>
        <source>Quitar la selección de %n problemas</source>
        <translation>
            <numerusform>Unselect %n problem</numerusform>
            <numerusform>Unselect %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitar la selección de {count} problemas</source>
        <translation type="vanished">Unselect {count} problems</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="113"/>
        <source>Quitar selección</source>
        <translation>Unselect</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="222"/>
        <source>Ranking: {workshop}</source>
        <translation>Ranking: {workshop}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/view.py" line="246"/>
        <source>Seleccionar %n problemas para diseño de soluciones</source>
        <translation>
            <numerusform>Select %n problem for solution design</numerusform>
            <numerusform>Select %n problems for solution design</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="111"/>
        <source>Seleccionar para diseño de soluciones</source>
        <translation>Select for solution design</translation>
    </message>
    <message>
        <source>Seleccionar {count} problemas para diseño de soluciones</source>
        <translation type="vanished">Select {count} problems for solution design</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="168"/>
        <source>Traer un problema de otro taller</source>
        <translation>Bring a problem from another workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="115"/>
        <source>Traer un problema de otro taller…</source>
        <translation>Bring a problem from another workshop…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="80"/>
        <source>Vista plenaria (F5)</source>
        <translation>Plenary view (F5)</translation>
    </message>
</context>
<context>
    <name>ProblemTree</name>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="48"/>
        <source>Causas</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="49"/>
        <source>Efectos</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="183"/>
        <source>Árbol del problema</source>
        <translation>Problem tree</translation>
    </message>
</context>
<context>
    <name>ProblemTreeEditor</name>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="83"/>
        <source>&lt;b&gt;Árbol del problema: causas y efectos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problem tree: causes and effects&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="205"/>
        <source>Agregar {kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="96"/>
        <source>Editar (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="169"/>
        <source>Editar el texto de «{text}»</source>
        <translation>Edit the text of “{text}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="97"/>
        <source>Eliminar (Supr)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="274"/>
        <source>Eliminar «{text}»</source>
        <translation>Delete “{text}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="92"/>
        <source>Hermano (Enter)</source>
        <translation>Sibling (Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="93"/>
        <source>Hijo (Ctrl+Enter)</source>
        <translation>Child (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="174"/>
        <source>Nueva causa</source>
        <translation>New cause</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="174"/>
        <source>Nuevo efecto</source>
        <translation>New effect</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="241"/>
        <source>Quitar sangría</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="95"/>
        <source>Quitar sangría (Mayús+Tab)</source>
        <translation>Outdent (Shift+Tab)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="233"/>
        <source>Sangrar</source>
        <translation>Indent</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="94"/>
        <source>Sangrar (Tab)</source>
        <translation>Indent (Tab)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="251"/>
        <source>{what}: «{text}»</source>
        <translation>{what}: “{text}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="265"/>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="266"/>
        <source>¿Eliminar «{text}» y lo que cuelga de él? Puede deshacerlo con Ctrl+Z.</source>
        <translation>Delete “{text}” and everything under it? You can undo it with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../cocreation_app/ui/problems/view.py" line="33"/>
        <source>Población y evidencia</source>
        <translation>Population and evidence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/view.py" line="29"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="68"/>
        <source>Agregar evidencia…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="99"/>
        <source>Archivos de evidencia</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="62"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="57"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="75"/>
        <source>Evidencias</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="52"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="66"/>
        <source>Quién reporta</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="64"/>
        <source>Qué se hizo</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="49"/>
        <source>Reportar avance: {title}</source>
        <translation>Report progress: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="77"/>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="78"/>
        <source>Se pueden publicar: no muestran ni nombran a personas, o quienes aparecen dieron su consentimiento</source>
        <translation>May be published: they show and name no one, or the people in them consented</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="83"/>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="84"/>
        <source>Solo las evidencias publicables van a los datos abiertos, al sitio de seguimiento y a los paquetes sin datos personales.</source>
        <translation>Only publishable evidence goes into the open data, the tracking site and bundles without personal data.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="36"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="41"/>
        <source>Criterios
(1–5)</source>
        <translation>Criteria
(1–5)</translation>
    </message>
    <message>
        <source>Criterios (1–5)</source>
        <translation type="vanished">Criteria (1–5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="44"/>
        <source>Desempate</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="43"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="39"/>
        <source>Mesas</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="37"/>
        <source>Problema público</source>
        <translation>Public problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="42"/>
        <source>Puntaje
(0–100)</source>
        <translation>Score
(0–100)</translation>
    </message>
    <message>
        <source>Puntaje (0–100)</source>
        <translation type="vanished">Score (0–100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="38"/>
        <source>Puntos</source>
        <translation>Dots</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="215"/>
        <source>* obligatorio para guardar · ◆ necesario para que esté completo</source>
        <translation>* required to save · ◆ needed for it to be complete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="268"/>
        <source>Falta para completarlo</source>
        <translation>Missing for it to be complete</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="111"/>
        <source>&amp;Guardar (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="90"/>
        <source>&amp;Nuevo</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="254"/>
        <source>Agregar {kind} «{title}»</source>
        <translation>Add {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="91"/>
        <source>E&amp;liminar</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="223"/>
        <source>Editar {kind}</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="275"/>
        <source>Editar {kind} «{title}»</source>
        <translation>Edit {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="122"/>
        <source>Eliminar el registro elegido en la lista</source>
        <translation>Delete the record chosen in the list</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="321"/>
        <source>Eliminar {kind} «{title}»</source>
        <translation>Delete {kind} “{title}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="225"/>
        <source>Nuevo registro: {kind}</source>
        <translation>New record: {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="289"/>
        <source>Revise este dato</source>
        <translation>Check this value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="221"/>
        <source>{kind} (solo lectura: modo revisión)</source>
        <translation>{kind} (read-only: review mode)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="311"/>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="312"/>
        <source>¿Eliminar {kind} «{title}» y todo lo que depende de él? Puede deshacerlo con Ctrl+Z.</source>
        <translation>Delete {kind} “{title}” and everything that depends on it? You can undo it with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>No</source>
        <translation type="vanished">No</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation type="vanished">Yes</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="87"/>
        <source>&amp;Guardar (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="90"/>
        <source>&amp;Nueva persona</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="112"/>
        <source>&lt;b&gt;Datos de la persona (solo lectura: modo revisión)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Person's details (read-only: review mode)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="116"/>
        <source>&lt;b&gt;Editar datos de {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Edit the details of {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="114"/>
        <source>&lt;b&gt;Registrar a una persona&lt;/b&gt;</source>
        <translation>&lt;b&gt;Register a person&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="68"/>
        <source>Autorizaciones opcionales</source>
        <translation>Optional permissions</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="128"/>
        <source>Aviso de privacidad (versión {version}). Léalo a la persona:</source>
        <translation>Privacy notice (version {version}). Read it to the person:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="130"/>
        <source>Aviso de privacidad. Léalo a la persona:</source>
        <translation>Privacy notice. Read it to the person:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="67"/>
        <source>Consentimiento</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="259"/>
        <source>Editar datos de {name}</source>
        <translation>Edit the details of {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="132"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="133"/>
        <source>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar personas.</source>
        <translation>This plan has no privacy notice. Add it under “Plan” before registering people.</translation>
    </message>
    <message>
        <source>La persona leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation type="vanished">The person has read and accepts the privacy notice (version {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="142"/>
        <source>Leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation>Has read and accepts the privacy notice (version {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="144"/>
        <source>Leyó y acepta el aviso de privacidad *</source>
        <translation>Has read and accepts the privacy notice *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="233"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="234"/>
        <source>Para guardar datos personales, la persona debe aceptar el aviso de privacidad. Léale el aviso y marque la casilla de consentimiento.</source>
        <translation>To save personal data, the person must accept the privacy notice. Read them the notice and tick the consent box.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="229"/>
        <source>Primero cree o elija un plan.</source>
        <translation>First create or choose a plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="123"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="124"/>
        <source>Primero cree o elija un plan: el aviso de privacidad que se lee a cada persona es parte del plan.</source>
        <translation>First create or choose a plan: the privacy notice read to each person is part of the plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="248"/>
        <source>Registrar a {name}</source>
        <translation>Register {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="196"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="197"/>
        <source>Se abrió su registro con lo que escribió en: {fields}. Revise y guarde (Ctrl+Enter), o «Nueva persona» para descartarlo.</source>
        <translation>Their record is open with what you typed in: {fields}. Check it and save (Ctrl+Enter), or «New person» to discard it.</translation>
    </message>
    <message>
        <source>Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro (no se crea otro). No: registrar a una persona distinta.</source>
        <translation type="vanished">{who} is already registered. Is this the same person?

Yes: open their record (no new one is created). No: register a different person.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="161"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="162"/>
        <source>Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro con lo que escribió, sin guardar (no se crea otro). No: registrar a una persona distinta.</source>
        <translation>{who} is already registered. Is this the same person?

Yes: open their record with what you typed, unsaved (no new record). No: register a different person.</translation>
    </message>
    <message>
        <source>sin versión</source>
        <translation type="vanished">no version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="160"/>
        <source>¿La misma persona?</source>
        <translation>The same person?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/review/feature.py" line="98"/>
        <source>%n comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</source>
        <translation>
            <numerusform>%n comment has a verdict proposed from its words: confirm or discard it in the Review view.</numerusform>
            <numerusform>%n comments have a verdict proposed from their words: confirm or discard it in the Review view.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agregar observación…</source>
        <translation type="vanished">&amp;Add review comment…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="46"/>
        <source>&amp;Autoría:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="61"/>
        <source>&amp;Cambiar estado…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="107"/>
        <source>&amp;Descartar dictamen</source>
        <translation>&amp;Discard verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="82"/>
        <source>&amp;Dictamen:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="47"/>
        <source>&amp;Institución:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="116"/>
        <source>&amp;Nuevo estado:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="97"/>
        <source>&amp;Responder…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="86"/>
        <source>&amp;Texto:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>A</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="31"/>
        <source>Abrir paquete para &amp;revisión…</source>
        <translation>Open bundle for &amp;review…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="51"/>
        <source>Abrir paquete para revisión</source>
        <translation>Open bundle for review</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="94"/>
        <source>Agregar &amp;observación…</source>
        <translation>&amp;Add review comment…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="27"/>
        <source>Agregar observación</source>
        <translation>Add review comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="37"/>
        <source>Archivo de &amp;revisión (.cocrea)…</source>
        <translation>&amp;Review file (.cocrea)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/review/feature.py" line="153"/>
        <source>Archivo de revisión guardado en {path}: %n observaciones.</source>
        <translation>
            <numerusform>Review file saved to {path}: %n review comment.</numerusform>
            <numerusform>Review file saved to {path}: %n review comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archivo de revisión guardado en {path}: {count} observaciones.</source>
        <translation type="vanished">Review file saved to {path}: {count} review comments.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="260"/>
        <source>Atendida</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Autoría</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="40"/>
        <source>Borrador con &amp;observaciones (PDF)…</source>
        <translation>Draft with review &amp;comments (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="177"/>
        <source>Borrador con observaciones guardado en {path}</source>
        <translation>Draft with review comments saved to {path}</translation>
    </message>
    <message>
        <source>Cambiar &amp;estado…</source>
        <translation type="vanished">Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="106"/>
        <source>Cambiar estado de revisión</source>
        <translation>Change review status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="262"/>
        <source>Cambió desde el borrador</source>
        <translation>Changed since the draft</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="193"/>
        <source>Cambió después del borrador que se comentó.</source>
        <translation>Changed after the draft that was commented on.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="116"/>
        <source>Comentarios de PDF</source>
        <translation>PDF comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="104"/>
        <source>Con&amp;firmar dictamen</source>
        <translation>Con&amp;firm verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="69"/>
        <source>Confirmar dictamen</source>
        <translation>Confirm verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="67"/>
        <source>Descartar dictamen propuesto</source>
        <translation>Discard proposed verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Dictamen</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="292"/>
        <source>Dictamen propuesto a partir de las palabras del comentario: «{verdict}». Confírmelo o descártelo.</source>
        <translation>Verdict proposed from the comment’s words: “{verdict}”. Confirm or discard it.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="303"/>
        <source>El elemento cambió después del borrador {version} que esta observación comenta.</source>
        <translation>The item changed after draft {version}, which this review comment is about.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Elemento</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="76"/>
        <source>Elemento:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="126"/>
        <source>Elija primero un plan.</source>
        <translation>Choose a plan first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="148"/>
        <source>Elija un plan para revisarlo.</source>
        <translation>Choose a plan to review it.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="114"/>
        <source>Estado actual:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="157"/>
        <source>Estado de revisión: &lt;b&gt;{status}&lt;/b&gt; · borrador, versión {version}</source>
        <translation>Review status: &lt;b&gt;{status}&lt;/b&gt; · draft, version {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="439"/>
        <source>Estado de revisión: {status}</source>
        <translation>Review status: {status}</translation>
    </message>
    <message>
        <source>Estos comentarios no están sobre ningún elemento; agréguelos a mano:</source>
        <translation type="vanished">These comments are not on any item; add them by hand:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="105"/>
        <source>Estos comentarios no se pudieron ubicar; agréguelos a mano:</source>
        <translation>These comments could not be placed; add them by hand:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="142"/>
        <source>Exportar archivo de revisión</source>
        <translation>Export review file</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="167"/>
        <source>Exportar borrador con observaciones</source>
        <translation>Export draft with review comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="34"/>
        <source>Importar &amp;comentarios de PDF…</source>
        <translation>Import PDF &amp;comments…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="79"/>
        <source>Importar comentarios de PDF</source>
        <translation>Import PDF comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="333"/>
        <source>Marcar como &amp;pendiente</source>
        <translation>Mark as &amp;pending</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="100"/>
        <location filename="../cocreation_app/ui/review/view.py" line="335"/>
        <source>Marcar como a&amp;tendida</source>
        <translation>Mark as a&amp;ddressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="52"/>
        <source>Marcar como atendida</source>
        <translation>Mark as addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="54"/>
        <source>Marcar como pendiente</source>
        <translation>Mark as pending</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="119"/>
        <source>N&amp;ota:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="359"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="61"/>
        <source>No se pudo abrir el paquete.</source>
        <translation>Could not open the bundle.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="71"/>
        <source>Nueva observación</source>
        <translation>New review comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Obs.</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="91"/>
        <source>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</source>
        <translation>Review comments added: {added}; already imported: {existing}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="310"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="68"/>
        <source>Paquete abierto para revisión: {path}</source>
        <translation>Bundle opened for review: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="260"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Pendientes</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="25"/>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="71"/>
        <source>Responder observación</source>
        <translation>Reply to review comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="264"/>
        <source>Respuesta</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="359"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="310"/>
        <source>aplicación</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="168"/>
        <source>borrador-con-observaciones.pdf</source>
        <translation>draft-with-observations.pdf</translation>
    </message>
    <message>
        <source>p. {page} · {author}: {text}</source>
        <translation type="vanished">p. {page} · {author}: {text}</translation>
    </message>
    <message>
        <source>p. {page} · {author}: {text} (el elemento ya no existe)</source>
        <translation type="vanished">p. {page} · {author}: {text} (the item no longer exists)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="107"/>
        <source>p. {page} · {kind} · {author}: {text} ({reason})</source>
        <translation>p. {page} · {kind} · {author}: {text} ({reason})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="143"/>
        <source>revision.cocrea</source>
        <translation>review.cocrea</translation>
    </message>
    <message>
        <source>{count} comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</source>
        <translation type="vanished">{count} comments have a verdict proposed from their words: confirm or discard it in the Review view.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="194"/>
        <source>{count} · cambió</source>
        <translation>{count} · changed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="314"/>
        <source>{date} · origen: {source}</source>
        <translation>{date} · source: {source}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="186"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="52"/>
        <source>&amp;Modo revisión (solo observaciones)</source>
        <translation>Review &amp;mode (observations only)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="57"/>
        <source>Impide editar el plan; solo se agregan y responden observaciones.</source>
        <translation>Prevents editing the plan; only observations are added and answered.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="98"/>
        <source>La ventana está en modo revisión: solo se pueden agregar observaciones, responderlas, marcarlas como atendidas y cambiar el estado de revisión. Para editar, desactive «Modo revisión» en el menú Edición ({keys}).</source>
        <translation>The window is in review mode: you can only add observations, reply to them, mark them addressed and change the review status. To edit, turn off “Review mode” in the Edit menu ({keys}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="138"/>
        <source>Modo revisión activado: solo se agregan observaciones.</source>
        <translation>Review mode on: only observations are added.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="140"/>
        <source>Modo revisión desactivado: puede editar el plan.</source>
        <translation>Review mode off: you can edit the plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="60"/>
        <source>Modo revisión: solo se agregan observaciones</source>
        <translation>Review mode: observations only</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="33"/>
        <source>Abrir base de datos en un servidor</source>
        <translation>Open a database on a server</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="57"/>
        <source>Base de datos:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="59"/>
        <source>Contraseña:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="83"/>
        <source>Falta {what}.</source>
        <translation>Missing: {what}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="56"/>
        <source>Puerto:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="55"/>
        <source>Servidor:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="46"/>
        <source>Si escribe la contraseña, se guarda en «{file}», que solo usted puede leer; Cocrea no la guarda en su configuración.</source>
        <translation>If you type the password, it is kept in “{file}”, which only you can read; Cocrea does not keep it in its settings.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="58"/>
        <source>Usuario:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="76"/>
        <source>el servidor</source>
        <translation>the server</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="78"/>
        <source>el usuario</source>
        <translation>the user</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="77"/>
        <source>la base de datos</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="36"/>
        <source>servidor.oficina.gob.mx</source>
        <translation>server.office.gob.mx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="44"/>
        <source>vacía: la ya guardada</source>
        <translation>empty: the one already kept</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="295"/>
        <source>Elija primero la celda de números donde empieza lo que va a pegar. No se pegó nada.</source>
        <translation>First choose the number cell where the pasted values should start. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="311"/>
        <source>Lo copiado tiene más columnas de las que hay para números desde la elegida. No se pegó nada.</source>
        <translation>What was copied has more columns than there are number columns from the chosen one. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="300"/>
        <source>Lo copiado tiene más filas de las que quedan desde la fila elegida. No se pegó nada.</source>
        <translation>What was copied has more rows than are left from the chosen row. Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="103"/>
        <source>No se pegó nada.</source>
        <translation>Nothing was pasted.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="100"/>
        <source>{where}: «{text}» no es un número entero de {minimum} a {maximum}.</source>
        <translation>{where}: “{text}” is not a whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="97"/>
        <source>{where}: «{text}» no es una calificación de {minimum} a {maximum}.</source>
        <translation>{where}: “{text}” is not a score from {minimum} to {maximum}.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="79"/>
        <source>Agregar un elemento hermano / hijo</source>
        <translation>Add a sibling / child item</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="69"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="117"/>
        <source>Atajos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="81"/>
        <source>Bajar / subir a la celda siguiente</source>
        <translation>Move down / up to the next cell</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="126"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="92"/>
        <source>Cerrar la vista plenaria</source>
        <translation>Close the plenary view</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="71"/>
        <source>Conteo de puntos y criterios (como en una hoja de cálculo)</source>
        <translation>Dot tallies and criteria (as in a spreadsheet)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="84"/>
        <source>Corregir el número de la celda / vaciarla</source>
        <translation>Correct the cell's number / empty the cell</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="78"/>
        <source>Elegir otra persona</source>
        <translation>Choose another person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="68"/>
        <source>Formularios</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="76"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="90"/>
        <source>Guardar el conteo o las calificaciones</source>
        <translation>Save the tally or the scores</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="91"/>
        <source>Iniciar o pausar el temporizador</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="44"/>
        <source>Listas y vistas</source>
        <translation>Lists and views</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="82"/>
        <source>Moverse entre celdas</source>
        <translation>Move between cells</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="75"/>
        <source>Pasar al campo siguiente</source>
        <translation>Move to the next field</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="87"/>
        <source>Pegar una columna o un bloque de números de una hoja de cálculo</source>
        <translation>Paste a column or a block of numbers from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="77"/>
        <source>Registrar la asistencia de la persona elegida</source>
        <translation>Check in the chosen person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="80"/>
        <source>Sangrar / quitar sangría</source>
        <translation>Indent / outdent</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="83"/>
        <source>Siguiente celda de números</source>
        <translation>Next number cell</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="72"/>
        <source>Vista plenaria (en el proyector)</source>
        <translation>Plenary view (on the projector)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="70"/>
        <source>Árbol de problemas</source>
        <translation>Problem tree</translation>
    </message>
</context>
<context>
    <name>SolutionsView</name>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="81"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="83"/>
        <source>Evidencia y línea base</source>
        <translation>Evidence and baseline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="82"/>
        <source>Población afectada</source>
        <translation>Affected population</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="76"/>
        <source>Primero registre un problema público.</source>
        <translation>First record a public problem.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="30"/>
        <source>Pro&amp;blema público:</source>
        <translation>Public pro&amp;blem:</translation>
    </message>
    <message>
        <source>Problema &amp;público:</source>
        <translation type="vanished">Public &amp;problem:</translation>
    </message>
</context>
<context>
    <name>StlEditor</name>
    <message>
        <source>&amp;Asignar papel en el STL</source>
        <translation type="vanished">&amp;Assign LTS role</translation>
    </message>
    <message>
        <source>&amp;Papel:</source>
        <translation type="vanished">&amp;Role:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="54"/>
        <source>&amp;Quitar del STL</source>
        <translation>&amp;Remove from the LTS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="63"/>
        <source>&lt;b&gt;Agregar integrante&lt;/b&gt; (busque entre las personas registradas)</source>
        <translation>&lt;b&gt;Add a member&lt;/b&gt; (search among the registered people)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="39"/>
        <source>&lt;b&gt;Integrantes del Secretariado Técnico Local&lt;/b&gt;</source>
        <translation>&lt;b&gt;Members of the Local Technical Secretariat&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="75"/>
        <source>Asi&amp;gnar papel en el STL</source>
        <translation>&amp;Assign LTS role</translation>
    </message>
    <message>
        <source>Pap&amp;el:</source>
        <translation type="vanished">R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="73"/>
        <source>Pape&amp;l:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="129"/>
        <source>Quitar a {name} del STL</source>
        <translation>Remove {name} from the LTS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="117"/>
        <source>{name}: {role} en el STL</source>
        <translation>{name}: {role} in the LTS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="126"/>
        <source>¿Quitar a {name} del Secretariado Técnico Local?</source>
        <translation>Remove {name} from the Local Technical Secretariat?</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="315"/>
        <source>%Ln cambios nuevos por importar</source>
        <translation>
            <numerusform>%Ln new change to import</numerusform>
            <numerusform>%Ln new changes to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="320"/>
        <source>%Ln sin la firma de su autor, dejados fuera</source>
        <translation>
            <numerusform>%Ln without its author's signature, left out</numerusform>
            <numerusform>%Ln without their author's signature, left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="229"/>
        <source>Agregar archivos</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="179"/>
        <source>Agregar archivos…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="233"/>
        <source>Agregar carpeta</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="181"/>
        <source>Agregar carpeta…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="89"/>
        <source>Archivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="79"/>
        <source>Cifrar con contraseña (recomendado con datos personales)</source>
        <translation>Encrypt with a passphrase (recommended with personal data)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="93"/>
        <source>Contraseña:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="70"/>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="129"/>
        <source>Escriba una contraseña o desmarque «Cifrar con contraseña».</source>
        <translation>Type a passphrase or untick “Encrypt with a passphrase”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="68"/>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="119"/>
        <source>Exportar paquete</source>
        <translation>Export bundle</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="317"/>
        <source>Importado: %Ln cambios nuevos</source>
        <translation>
            <numerusform>Imported: %Ln new change</numerusform>
            <numerusform>Imported: %Ln new changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Importado: {count} cambios nuevos</source>
        <translation type="vanished">Imported: {count} new changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="270"/>
        <source>Importados {done} de %n archivos.</source>
        <translation>
            <numerusform>Imported {done} of %n file.</numerusform>
            <numerusform>Imported {done} of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importados {done} de {total} archivos.</source>
        <translation type="vanished">Imported {done} of {total} files.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="190"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="176"/>
        <source>Importar archivos</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="131"/>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="313"/>
        <source>Nada nuevo</source>
        <translation>Nothing new</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="151"/>
        <source>Paquete guardado en {path}: %Ln cambios.</source>
        <translation>
            <numerusform>Bundle saved to {path}: %Ln change.</numerusform>
            <numerusform>Bundle saved to {path}: %Ln changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquete guardado en {path}: {count} cambios.</source>
        <translation type="vanished">Bundle saved to {path}: {count} changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="183"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="281"/>
        <source>Rechazado: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="94"/>
        <source>Repita la contraseña:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="77"/>
        <source>Sin datos personales (seudónimos, sin contacto)</source>
        <translation>No personal data (pseudonyms, no contact details)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="159"/>
        <source>Sin plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="75"/>
        <source>Solo el plan actual</source>
        <translation>Only the current plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="188"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>opcional: cifra el paquete</source>
        <translation type="vanished">optional: encrypts the bundle</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="187"/>
        <source>solo para paquetes cifrados</source>
        <translation>only for encrypted bundles</translation>
    </message>
    <message>
        <source>{count} cambios nuevos por importar</source>
        <translation type="vanished">{count} new changes to import</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="162"/>
        <source>{plan} — {workshop}</source>
        <translation>{plan} — {workshop}</translation>
    </message>
</context>
<context>
    <name>SyncFeature</name>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="29"/>
        <source>&amp;Importar archivos…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="40"/>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="37"/>
        <source>E&amp;quipos…</source>
        <translation>&amp;Devices…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="26"/>
        <source>E&amp;xportar paquete .cocrea…</source>
        <translation>E&amp;xport .cocrea bundle…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="33"/>
        <source>Personas &amp;duplicadas…</source>
        <translation>&amp;Duplicate people…</translation>
    </message>
</context>
<context>
    <name>UnprintableWarning</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="359"/>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="360"/>
        <source>El borrador en PDF no puede imprimir {characters}: aparecerán como {box}.</source>
        <translation>The PDF draft cannot print {characters}: they will appear as {box}.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../cocreation_app/ui/checkin/feature.py" line="16"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/feature.py" line="16"/>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/feature.py" line="17"/>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/feature.py" line="16"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/feature.py" line="16"/>
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="29"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="23"/>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/feature.py" line="16"/>
        <source>Soluciones</source>
        <translation>Solutions</translation>
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="153"/>
        <source>Antes</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="228"/>
        <source>Calificaciones de 1 a 5; — es sin calificar.</source>
        <translation>Scores from 1 to 5; — means not scored.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="230"/>
        <source>Calificaciones de 1 a 5; — es sin calificar. Doble clic en un criterio para cambiar su peso.</source>
        <translation>Scores from 1 to 5; — means not scored. Double-click a criterion to change its weight.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="432"/>
        <source>Calificaciones de {origin}</source>
        <translation>Scores from {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="155"/>
        <source>Computadora</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="392"/>
        <source>Conteo de {origin}</source>
        <translation>Count from {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="199"/>
        <source>Conteo por mesa</source>
        <translation>Count per table</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="358"/>
        <source>Corregido por un conteo posterior</source>
        <translation>Corrected by a later count</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="181"/>
        <source>Crear criterios: impacto, urgencia y factibilidad</source>
        <translation>Create criteria: impact, urgency and feasibility</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="203"/>
        <source>Criterios</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="178"/>
        <source>Guardar calificaciones de la mesa</source>
        <translation>Save the table's scores</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="173"/>
        <source>Guardar conteo de la mesa</source>
        <translation>Save the table's count</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="205"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Historial de conteos</source>
        <translation type="vanished">Count history</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="151"/>
        <source>Hoja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="118"/>
        <source>Hoja:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="154"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="139"/>
        <source>Lo registrado para esta mesa en todas las computadoras cuyos archivos llegaron</source>
        <translation>What was recorded for this table on every computer whose files arrived</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="150"/>
        <source>Mesa</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="260"/>
        <source>Mesa 1</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="117"/>
        <source>Mesa o grupo:</source>
        <translation>Table or group:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="101"/>
        <source>Modo revisión: los votos y calificaciones se consultan, pero no se registran.</source>
        <translation>Review mode: votes and scores can be viewed but not recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="119"/>
        <source>Personas en la mesa:</source>
        <translation>People at the table:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="454"/>
        <source>Peso de «{name}»:</source>
        <translation>Weight of “{name}”:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="453"/>
        <source>Peso del criterio</source>
        <translation>Weight of the criterion</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="131"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="143"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="144"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="149"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="313"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="152"/>
        <source>Puntos</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="143"/>
        <source>Puntos de esta persona</source>
        <translation>This person's dots</translation>
    </message>
    <message>
        <source>Puntos de la mesa</source>
        <translation type="vanished">The table's dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="132"/>
        <source>Puntos de la mesa
(esta computadora)</source>
        <translation>Table's dots
(this computer)</translation>
    </message>
    <message>
        <source>Puntos de la mesa (esta computadora)</source>
        <translation type="vanished">Table's dots (this computer)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="120"/>
        <source>Puntos por persona en el taller:</source>
        <translation>Dots per person in the workshop:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="379"/>
        <source>Sin cambios: los números ya estaban registrados.</source>
        <translation>No changes: the numbers were already recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="175"/>
        <source>Sumar los puntos de esta persona</source>
        <translation>Add this person's dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="133"/>
        <source>Total de la mesa</source>
        <translation>Table total</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="407"/>
        <source>Voto de una persona de {origin}</source>
        <translation>Vote of one person from {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="200"/>
        <source>Voto por persona</source>
        <translation>Vote per person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="109"/>
        <source>p. ej. Hoja A-1</source>
        <translation>e.g. Sheet A-1</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="112"/>
        <source>sin indicar</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="115"/>
        <source>sin límite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="315"/>
        <source>{name}
(peso {weight})</source>
        <translation>{name}
(weight {weight})</translation>
    </message>
    <message>
        <source>{name} (peso {weight})</source>
        <translation type="vanished">{name} (weight {weight})</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="52"/>
        <source>&amp;Crear un plan</source>
        <translation>&amp;Create a plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="40"/>
        <source>&lt;h2&gt;Bienvenida a Cocrea&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Cocrea&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="55"/>
        <source>Abrir la &amp;demostración</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="60"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="61"/>
        <source>Escriba el título, el estado y el municipio, el órgano garante y el aviso de privacidad; después, en la misma vista, el primer taller.</source>
        <translation>Type the title, the state and municipality, the guarantor body and the privacy notice; then, in the same view, the first workshop.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="42"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="43"/>
        <source>Esta base de datos todavía no tiene ningún plan. Todo empieza por el plan: sus datos, su aviso de privacidad (que se lee a cada persona al registrarla) y sus talleres.</source>
        <translation>This database has no plan yet. Everything starts with the plan: its details, its privacy notice (read to each person when they register) and its workshops.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="69"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="70"/>
        <source>Un plan de ejemplo completo, en otra base de datos, para conocer la aplicación sin tocar sus datos.</source>
        <translation>A complete example plan, in another database, to get to know the application without touching your data.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="76"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="77"/>
        <source>¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos… o Archivo ▸ Importar archivos…. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</source>
        <translation>Bringing data from another laptop? File ▸ Open database… or File ▸ Import files…. Help ▸ Keyboard shortcuts (F1) lists every key.</translation>
    </message>
    <message>
        <source>¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos…, o Archivo ▸ Importar paquetes. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</source>
        <translation type="obsolete"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="23"/>
        <source>argumento %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="24"/>
        <source>argumentos no reconocidos: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="20"/>
        <source>argumentos posicionales</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="25"/>
        <source>faltan argumentos obligatorios: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="22"/>
        <source>mostrar esta ayuda y salir</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="39"/>
        <source>no se permite junto con el argumento %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="44"/>
        <source>no se puede abrir «%(filename)s»: %(error)s</source>
        <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="21"/>
        <source>opciones</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="33"/>
        <source>opción ambigua: %(option)s puede ser %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="45"/>
        <source>opción inesperada: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="37"/>
        <source>opción no válida: %(value)r (elija entre %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="30"/>
        <source>se esperaba %s argumento</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="29"/>
        <source>se esperaba al menos un argumento</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="28"/>
        <source>se esperaba como máximo un argumento</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="27"/>
        <source>se esperaba un argumento</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="31"/>
        <source>se esperaban %s argumentos</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="40"/>
        <source>se ignoró el argumento explícito %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="26"/>
        <source>se requiere uno de los argumentos %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="42"/>
        <source>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</source>
        <translation>unknown subcommand %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="19"/>
        <source>uso: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="35"/>
        <source>valor no válido (%(type)s): %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="125"/>
        <source>  fila {row}: {message}</source>
        <translation>  row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="120"/>
        <source>  fila {row}: {name}: {reason}</source>
        <translation>  row {row}: {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="179"/>
        <source> [vencido]</source>
        <translation> [overdue]</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="168"/>
        <source> · hitos vencidos: {count}</source>
        <translation> · overdue milestones: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="30"/>
        <source>%Ln asistencias guardadas en {path}</source>
        <translation>
            <numerusform>%Ln check-in saved to {path}</numerusform>
            <numerusform>%Ln check-ins saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="326"/>
        <source>%Ln filas</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="21"/>
        <source>%Ln personas guardadas en {path}</source>
        <translation>
            <numerusform>%Ln person saved to {path}</numerusform>
            <numerusform>%Ln people saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="37"/>
        <source>%Ln problemas guardados en {path}</source>
        <translation>
            <numerusform>%Ln problem saved to {path}</numerusform>
            <numerusform>%Ln problems saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="325"/>
        <source>%Ln tablas</source>
        <translation>
            <numerusform>%Ln table</numerusform>
            <numerusform>%Ln tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/prioritization.py" line="28"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="78"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/privacy.py" line="43"/>
        <source>%n registros</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/privacy.py" line="44"/>
        <source>%n valores del historial</source>
        <translation>
            <numerusform>%n history value</numerusform>
            <numerusform>%n history values</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="27"/>
        <source>ARCHIVO</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="65"/>
        <source>ARCHIVO.cocrea</source>
        <translation>FILE.cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="89"/>
        <source>ARCHIVO.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="45"/>
        <source>ARCHIVO.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="47"/>
        <source>ARCHIVO.xlsx|.csv</source>
        <translation>FILE.xlsx|.csv</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="45"/>
        <source>AVANCE</source>
        <translation>PROGRESS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="30"/>
        <source>Base de datos lista: {path}</source>
        <translation>Database ready: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="22"/>
        <source>Borrador del plan guardado en {path}</source>
        <translation>Plan draft saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="181"/>
        <source>CALIFICACIÓN</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="222"/>
        <source>CAMPO=VALOR</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="104"/>
        <source>CARPETA</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="115"/>
        <source>CARPETA|ARCHIVO.zip</source>
        <translation>FOLDER|FILE.zip</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="73"/>
        <source>COLUMNA=CAMPO</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="69"/>
        <source>COMPROMISO</source>
        <translation>COMMITMENT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="41"/>
        <source>CONFLICTO</source>
        <translation>CONFLICT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="54"/>
        <source>CONSERVAR_ID</source>
        <translation>KEEP_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="180"/>
        <source>CRITERIO</source>
        <translation>CRITERION</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="173"/>
        <source>CRITERIO=PESO</source>
        <translation>CRITERION=WEIGHT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="174"/>
        <source>Cambios registrados: {value}</source>
        <translation>Recorded changes: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="76"/>
        <source>Cocrea: talleres de cocreación de gobierno abierto, sin conexión.</source>
        <translation>Cocrea: open-government co-creation workshops, offline.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="109"/>
        <source>Columnas: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>Datos abiertos guardados en {path}: {resources} tablas, {rows} filas.</source>
        <translation type="vanished">Open data saved in {path}: {resources} tables, {rows} rows.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="323"/>
        <source>Datos abiertos guardados en {path}: {tables}, {rows}.</source>
        <translation>Open data saved in {path}: {tables}, {rows}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="22"/>
        <source>Datos de la persona guardados en {json} y {text}</source>
        <translation>The person's data saved to {json} and {text}</translation>
    </message>
    <message>
        <source>Datos personales borrados: {people} registros, {changes} valores del historial.</source>
        <translation type="vanished">Personal data erased: {people} records, {changes} history values.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="42"/>
        <source>Datos personales borrados: {people}, {changes}.</source>
        <translation>Personal data erased: {people}, {changes}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="173"/>
        <source>Diario: {value}</source>
        <translation>Journal: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="46"/>
        <source>EQUIPO_ID</source>
        <translation>DEVICE_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="44"/>
        <source>ESTADO</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="98"/>
        <source>EVIDENCIA</source>
        <translation>EVIDENCE</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/records.py" line="152"/>
        <source>Eliminados: %n registros</source>
        <translation>
            <numerusform>Deleted: %n record</numerusform>
            <numerusform>Deleted: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Eliminados: {count} registros</source>
        <translation type="vanished">Deleted: {count} records</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="169"/>
        <source>Esquema: {value} (versión de la aplicación: {head})</source>
        <translation>Schema: {value} (application version: {head})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="43"/>
        <source>FECHA</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="114"/>
        <source>Filas válidas: {valid}; posibles duplicadas: {dup}; con errores: {bad}.</source>
        <translation>Valid rows: {valid}; possible duplicates: {dup}; with errors: {bad}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="140"/>
        <source>Guardado: {fields}</source>
        <translation>Saved: {fields}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="151"/>
        <source>HOJA</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="70"/>
        <source>INDICADOR</source>
        <translation>INDICATOR</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="36"/>
        <source>INSTITUCIÓN</source>
        <translation>INSTITUTION</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="139"/>
        <source>Importadas %Ln personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</source>
        <translation>
            <numerusform>Imported %Ln person; they must accept the privacy notice when they check in.</numerusform>
            <numerusform>Imported %Ln people; they must accept the privacy notice when they check in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importadas {created} personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</source>
        <translation type="vanished">Imported {created} people; they must accept the privacy notice when they check in.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="137"/>
        <source>Indique al menos un --set CAMPO=VALOR.</source>
        <translation>Give at least one --set FIELD=VALUE.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="138"/>
        <source>Indique el avance del hito con --percent (0 a 100).</source>
        <translation>Give the milestone's progress with --percent (0 to 100).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="291"/>
        <source>Informe de avance (%n páginas) guardado en {path}</source>
        <translation>
            <numerusform>Progress report (%n page) saved in {path}</numerusform>
            <numerusform>Progress report (%n pages) saved in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Informe de avance ({pages} páginas) guardado en {path}</source>
        <translation type="vanished">Progress report ({pages} pages) saved in {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="166"/>
        <source>Integridad: {value}</source>
        <translation>Integrity: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="205"/>
        <source>La base de datos anterior se guardó en {path}</source>
        <translation>The previous database was saved to {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/exports.py" line="38"/>
        <source>Lista de asistencia (%n filas) guardada en {path}</source>
        <translation>
            <numerusform>Attendance sheet (%n row) saved to {path}</numerusform>
            <numerusform>Attendance sheet (%n rows) saved to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Lista de asistencia ({rows} filas) guardada en {path}</source>
        <translation type="vanished">Attendance sheet ({rows} rows) saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="150"/>
        <source>MESA</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="57"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="48"/>
        <source>NOMBRE</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="58"/>
        <source>NOTA</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">The folder “{folder}” does not exist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="130"/>
        <source>No se importó nada: %n filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors. Correct it or use --valid-only to import only the valid ones.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Correct them or use --valid-only to import only the valid ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se importó nada: {count} filas tienen errores. Corríjalas o use --skip-invalid para importar solo las válidas.</source>
        <translation type="vanished">Nothing was imported: {count} rows have errors. Correct them or use --skip-invalid to import only the valid ones.</translation>
    </message>
    <message>
        <source>No se importó nada: {count} filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</source>
        <translation type="vanished">Nothing was imported: {count} rows have errors. Correct them or use --valid-only to import only the valid ones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="39"/>
        <source>OBSERVACIÓN</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="55"/>
        <source>OTRO_ID</source>
        <translation>OTHER_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="88"/>
        <source>PERSONA</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="155"/>
        <source>PERSONAS</source>
        <translation>PEOPLE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="135"/>
        <source>PESO</source>
        <translation>WEIGHT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="44"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="42"/>
        <source>PLAN|HITO</source>
        <translation>PLAN|MILESTONE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="148"/>
        <source>PROBLEMA</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="149"/>
        <source>PUNTOS</source>
        <translation>DOTS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="54"/>
        <source>Para borrar datos personales sin preguntar, agregue --yes.</source>
        <translation>To erase personal data without being asked, add --yes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="135"/>
        <source>Para reportar el avance de un hito, indique --status.</source>
        <translation>To report a milestone's progress, give --status.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="167"/>
        <source>Problemas de llaves foráneas: {value}</source>
        <translation>Foreign key problems: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="84"/>
        <source>RUTA</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="190"/>
        <source>Respaldo guardado en {path}</source>
        <translation>Backup saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="203"/>
        <source>Respaldo restaurado en {path}</source>
        <translation>Backup restored to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="177"/>
        <source>Resultado: con problemas</source>
        <translation>Result: problems found</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="177"/>
        <source>Resultado: correcto</source>
        <translation>Result: OK</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="110"/>
        <source>SUBCOMANDO</source>
        <translation>SUBCOMMAND</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="59"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="124"/>
        <location filename="../cocreation_app/cli/privacy.py" line="58"/>
        <location filename="../cocreation_app/cli/records.py" line="143"/>
        <source>Sin cambios.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="241"/>
        <source>Sin valoraciones.</source>
        <translation>No assessments.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="306"/>
        <source>Sitio guardado en {path}: %n páginas; abra index.html.</source>
        <translation>
            <numerusform>Site saved in {path}: %n page; open index.html.</numerusform>
            <numerusform>Site saved in {path}: %n pages; open index.html.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitio guardado en {path}: {pages} páginas; abra index.html.</source>
        <translation type="vanished">Site saved in {path}: {pages} pages; open index.html.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="55"/>
        <source>TALLER</source>
        <translation>WORKSHOP</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="44"/>
        <source>TEXTO</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="213"/>
        <source>TIPO</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="219"/>
        <source>Una autoevaluación necesita --what-changed (qué cambió).</source>
        <translation>A self-assessment needs --what-changed (what changed).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="204"/>
        <source>Una valoración necesita --value, --by (quién) y --reason (por qué).</source>
        <translation>An assessment needs --value, --by (who) and --reason (why).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="71"/>
        <source>VALOR</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="43"/>
        <source>VALOR_ID</source>
        <translation>VALUE_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="75"/>
        <source>VALOR_OGP</source>
        <translation>OGP_VALUE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="80"/>
        <source>[corregido]</source>
        <translation>[corrected]</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="50"/>
        <source>agregar un anexo con las observaciones y sus respuestas</source>
        <translation>add an annex with the review comments and their replies</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="220"/>
        <source>agregar un registro; imprime su id</source>
        <translation>add a record; prints its id</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="30"/>
        <source>agregar una observación a un elemento del plan</source>
        <translation>add a review comment to an item of the plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="90"/>
        <source>anonimizar a una persona participante</source>
        <translation>anonymize a participant</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="84"/>
        <source>archivo de base de datos</source>
        <translation>database file</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="53"/>
        <source>archivo de evidencia (PDF, foto, hoja de cálculo); se puede repetir</source>
        <translation>evidence file (PDF, photo, spreadsheet); may be repeated</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="36"/>
        <source>archivos o carpetas</source>
        <translation>files or folders</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="76"/>
        <source>autoevaluación al cierre: valor de gobierno abierto</source>
        <translation>end-of-commitment self-assessment: open government value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="78"/>
        <source>autoevaluación: qué cambió</source>
        <translation>self-assessment: what changed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="73"/>
        <source>autoría de todos los comentarios</source>
        <translation>author of all the comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="43"/>
        <location filename="../cocreation_app/cli/followup.py" line="105"/>
        <location filename="../cocreation_app/cli/followup.py" line="116"/>
        <source>avance a esta fecha (hoy)</source>
        <translation>progress as of this date (today)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="40"/>
        <source>avance de un plan; con --status, reportar el avance de un hito</source>
        <translation>a plan's progress; with --status, report a milestone's progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="45"/>
        <source>avance del hito, 0 a 100</source>
        <translation>the milestone's progress, 0 to 100</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="52"/>
        <source>cambiar el estado de revisión del plan</source>
        <translation>change the plan's review status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="211"/>
        <source>cargar un plan de demostración</source>
        <translation>load a demo plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="34"/>
        <source>cifrar con esta contraseña</source>
        <translation>encrypt with this passphrase</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="174"/>
        <source>con --defaults: peso de impact, urgency o feasibility (1)</source>
        <translation>with --defaults: weight of impact, urgency or feasibility (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="43"/>
        <source>conservar este valor</source>
        <translation>keep this value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="168"/>
        <source>crear impacto, urgencia y factibilidad</source>
        <translation>create impact, urgency and feasibility</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="210"/>
        <source>crear o actualizar la base de datos</source>
        <translation>create or upgrade the database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="163"/>
        <source>criterios de priorización de un taller</source>
        <translation>a workshop's prioritization criteria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="223"/>
        <source>editar un registro</source>
        <translation>edit a record</translation>
    </message>
    <message>
        <source>el disco está lleno; no se guardó nada.</source>
        <translation type="vanished">the disk is full; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="96"/>
        <source>eliminar definitivamente una evidencia (también en las demás computadoras)</source>
        <translation>delete an evidence file for good (on the other computers too)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="50"/>
        <source>eliminar el huérfano</source>
        <translation>delete the orphan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="227"/>
        <source>eliminar un registro</source>
        <translation>delete a record</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/__init__.py" line="63"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/__init__.py" line="57"/>
        <source>error inesperado; los detalles se guardaron en {path}</source>
        <translation>unexpected error; the details were saved in {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="44"/>
        <source>escribir un valor nuevo</source>
        <translation>write a new value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="47"/>
        <source>estado, historial y observaciones de un plan</source>
        <translation>status, history and review comments of a plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="21"/>
        <source>este equipo</source>
        <translation>this device</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="43"/>
        <source>exportar el borrador del plan en PDF</source>
        <translation>export the plan draft as PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="86"/>
        <source>exportar el informe de avance de un periodo en PDF</source>
        <translation>export the progress report of a period as PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="101"/>
        <source>exportar el sitio de seguimiento: HTML sin conexión, para una memoria USB o la web</source>
        <translation>export the follow-up site: offline HTML, for a USB stick or the web</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="52"/>
        <source>exportar la asistencia de un taller (XLSX o CSV)</source>
        <translation>export a workshop's attendance (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="53"/>
        <source>exportar la lista de asistencia en PDF</source>
        <translation>export the attendance sheet as PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="58"/>
        <source>exportar la priorización de un taller (XLSX o CSV)</source>
        <translation>export a workshop's prioritization (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="44"/>
        <source>exportar las personas participantes de un plan (XLSX o CSV)</source>
        <translation>export a plan's participants (XLSX or CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="110"/>
        <source>exportar los datos abiertos del plan (Frictionless Data Package), sin datos personales</source>
        <translation>export the plan's open data (Frictionless Data Package), without personal data</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="87"/>
        <source>exportar los datos de una persona</source>
        <translation>export a person's data</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="62"/>
        <source>exportar solo las observaciones (archivo .cocrea)</source>
        <translation>export only the review comments (.cocrea file)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="26"/>
        <source>exportar un paquete .cocrea</source>
        <translation>export a .cocrea bundle</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="81"/>
        <source>fecha de la valoración (hoy)</source>
        <translation>date of the assessment (today)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="46"/>
        <source>fecha del reporte (hoy)</source>
        <translation>date of the report (today)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="94"/>
        <source>fin del periodo (hoy)</source>
        <translation>end of the period (today)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="52"/>
        <source>fusionar dos registros de una persona</source>
        <translation>merge two records of one person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="159"/>
        <source>historial de conteos de puntos</source>
        <translation>history of dot counts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="151"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="183"/>
        <source>hoja de papel de donde viene el conteo</source>
        <translation>paper sheet the count comes from</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="85"/>
        <source>idioma: es (predeterminado) o en</source>
        <translation>language: es (default) or en</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="80"/>
        <source>importar las filas válidas aunque otras tengan errores</source>
        <translation>import the valid rows even if others have errors</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="70"/>
        <source>importar los comentarios escritos sobre el PDF del borrador</source>
        <translation>import the comments written on the draft PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="35"/>
        <source>importar paquetes .cocrea</source>
        <translation>import .cocrea bundles</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="65"/>
        <source>importar personas de una lista de preregistro (CSV o XLSX)</source>
        <translation>import people from a pre-registration list (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="85"/>
        <source>importar también a quien parece estar ya en el plan o repetido</source>
        <translation>also import people who seem to be in the plan already or repeated</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="40"/>
        <source>incluir género, correo y teléfono (datos personales)</source>
        <translation>include gender, e-mail and phone (personal data)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="91"/>
        <source>inicio del periodo</source>
        <translation>start of the period</translation>
    </message>
    <message>
        <source>la base de datos está ocupada por otro programa; intente de nuevo.</source>
        <translation type="vanished">the database is in use by another program; try again.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="58"/>
        <source>las evidencias se pueden publicar (no muestran ni nombran a personas, o dieron su consentimiento); sin esto no van a los datos abiertos ni al sitio</source>
        <translation>the evidence may be published (it shows and names no one, or they consented); without this it stays out of the open data and the site</translation>
    </message>
    <message>
        <source>licencia de los datos (CC-BY-4.0)</source>
        <translation type="vanished">licence of the data (CC-BY-4.0)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="121"/>
        <source>licencia de los datos ({default})</source>
        <translation>licence of the data ({default})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="212"/>
        <source>listar registros</source>
        <translation>list records</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="44"/>
        <source>marcar un equipo como no confiable: sus paquetes se rechazan</source>
        <translation>mark a device as not trusted: its bundles are refused</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="43"/>
        <source>marcar una observación como atendida</source>
        <translation>mark a review comment as addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="150"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="182"/>
        <source>mesa o grupo</source>
        <translation>table or group</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="82"/>
        <source>mostrar la versión y salir</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="75"/>
        <source>mostrar sin guardar</source>
        <translation>show without saving</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="216"/>
        <source>mostrar un registro</source>
        <translation>show a record</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="23"/>
        <source>no confiable</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>no se pudo usar la base de datos: {reason}</source>
        <translation type="vanished">could not use the database: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="156"/>
        <source>personas que votaron en la mesa: su tope es personas × puntos por persona</source>
        <translation>people who voted at the table: its limit is people × dots per person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="143"/>
        <source>peso de los criterios en el puntaje combinado (1)</source>
        <translation>weight of the criteria in the combined score (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="136"/>
        <source>peso de los puntos en el puntaje combinado (1)</source>
        <translation>weight of the dots in the combined score (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="80"/>
        <source>por qué</source>
        <translation>why</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="129"/>
        <source>priorización: problemas ordenados por puntaje</source>
        <translation>prioritization: problems ranked by score</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="79"/>
        <source>quién valora</source>
        <translation>who assesses</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="74"/>
        <source>qué campo tiene una columna (encabezado, letra o número); CAMPO vacío la ignora</source>
        <translation>which field a column holds (header, letter or number); an empty FIELD ignores it</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="47"/>
        <source>qué se hizo</source>
        <translation>what was done</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="146"/>
        <source>registrar el conteo de puntos de una mesa</source>
        <translation>record a table's dot count</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="177"/>
        <source>registrar la calificación (1–5) de una mesa</source>
        <translation>record a table's score (1–5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="40"/>
        <source>resolver un conflicto</source>
        <translation>resolve a conflict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="232"/>
        <source>respaldar la base de datos</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="38"/>
        <source>responder una observación</source>
        <translation>reply to a review comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="48"/>
        <source>restaurar el registro superior eliminado</source>
        <translation>restore the deleted parent record</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="234"/>
        <source>restaurar un respaldo de la base de datos</source>
        <translation>restore a backup of the database</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="230"/>
        <source>revisar integridad y esquema</source>
        <translation>check integrity and schema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="32"/>
        <source>seudónimos en lugar de nombres; sin correo ni teléfono</source>
        <translation>pseudonyms instead of names; no email or phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="24"/>
        <source>sin clave</source>
        <translation>no key</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="92"/>
        <location filename="../cocreation_app/cli/privacy.py" line="99"/>
        <source>sin pedir confirmación</source>
        <translation>without asking for confirmation</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="58"/>
        <source>sin personas registradas</source>
        <translation>without registered people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="161"/>
        <source>solo los conteos de este problema</source>
        <translation>only this problem's counts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="28"/>
        <source>solo los registros de este plan</source>
        <translation>only this plan's records</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="37"/>
        <location filename="../cocreation_app/cli/lists.py" line="76"/>
        <source>solo mostrar la vista previa</source>
        <translation>only show the preview</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="158"/>
        <source>sumar los puntos de una persona</source>
        <translation>add one person's dots</translation>
    </message>
    <message>
        <source>sí</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="56"/>
        <source>uso incorrecto</source>
        <translation>incorrect usage</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="67"/>
        <source>valoraciones de un compromiso; con --indicator o --ogp-value, agregar una</source>
        <translation>a commitment's assessments; with --indicator or --ogp-value, add one</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="71"/>
        <source>valoración del indicador</source>
        <translation>the indicator's assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="47"/>
        <source>volver a confiar en un equipo</source>
        <translation>trust a device again</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="45"/>
        <source>volver a marcarla como pendiente</source>
        <translation>mark it as pending again</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="254"/>
        <source>{date}  autoevaluación, {value}: {text}</source>
        <translation>{date}  self-assessment, {value}: {text}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="244"/>
        <source>{date}  {indicator}: {value} — {assessor}: {reason}</source>
        <translation>{date}  {indicator}: {value} — {assessor}: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="170"/>
        <source>{number}. {title}: {progress}{overdue}  {id}</source>
        <translation>{number}. {title}: {progress}{overdue}  {id}</translation>
    </message>
    <message>
        <source>{rank}. {title} — {dots} puntos, criterios {criteria}, combinado {combined}  {id}</source>
        <translation type="vanished">{rank}. {title} — {dots} dots, criteria {criteria}, combined {combined}  {id}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="25"/>
        <source>{rank}. {title} — {dots}, criterios {criteria}, combinado {combined}  {id}</source>
        <translation>{rank}. {title} — {dots}, criteria {criteria}, combined {combined}  {id}</translation>
    </message>
    <message>
        <source>{rows} asistencias guardadas en {path}</source>
        <translation type="vanished">{rows} check-ins saved to {path}</translation>
    </message>
    <message>
        <source>{rows} personas guardadas en {path}</source>
        <translation type="vanished">{rows} people saved to {path}</translation>
    </message>
    <message>
        <source>{rows} problemas guardados en {path}</source>
        <translation type="vanished">{rows} problems saved to {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="163"/>
        <source>{title}: avance {progress} al {date}</source>
        <translation>{title}: progress {progress} as of {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="83"/>
        <source>{when}  {origin} ({sheet})  {problem}: {dots}  {mark}</source>
        <translation>{when}  {origin} ({sheet})  {problem}: {dots}  {mark}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="85"/>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} (antes {previous})  {mark}</source>
        <translation>{when}  {origin} ({sheet})  {problem}: {dots} (previously {previous})  {mark}</translation>
    </message>
    <message>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} puntos  {mark}</source>
        <translation type="vanished">{when}  {origin} ({sheet})  {problem}: {dots} dots  {mark}</translation>
    </message>
    <message>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} puntos (antes {previous})  {mark}</source>
        <translation type="vanished">{when}  {origin} ({sheet})  {problem}: {dots} dots (previously {previous})  {mark}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="102"/>
        <source>«{item}» no tiene la forma CRITERIO=PESO.</source>
        <translation>“{item}” is not of the form CRITERION=WEIGHT.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="75"/>
        <source>«{name}» se eliminó definitivamente.</source>
        <translation>“{name}” was deleted for good.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="78"/>
        <source>«{name}» se eliminó definitivamente; su contenido se conserva porque otra evidencia vigente tiene el mismo archivo.</source>
        <translation>“{name}” was deleted for good; its contents are kept because another current evidence file has the same file.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <source>«{path}»: {reason}</source>
        <translation type="vanished">“{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="29"/>
        <source>«{value}» no es una fecha AAAA-MM-DD</source>
        <translation>“{value}” is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="35"/>
        <source>¿Anonimizar a «{name}» y borrar su historial en esta computadora? [s/N] </source>
        <translation>Anonymize “{name}” and erase their history on this computer? [y/N] </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="67"/>
        <source>¿Eliminar definitivamente «{name}»? No se puede deshacer, y al sincronizar también se borra en las demás computadoras. [s/N] </source>
        <translation>Delete “{name}” for good? This cannot be undone, and synchronizing deletes it on the other computers too. [y/N] </translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="91"/>
        <source>El compromiso necesita al menos un hito.</source>
        <translation>The commitment needs at least one milestone.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="109"/>
        <source>El hito «{title}» dice «{status}» pero tiene avance: corrija el estado o el avance (pasa cuando dos equipos editan el hito por separado).</source>
        <translation>Milestone «{title}» says «{status}» but has progress: correct the status or the progress (this happens when two teams edit the milestone separately).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="94"/>
        <source>El hito «{title}» no es verificable: falta {fields}.</source>
        <translation>The milestone “{title}” cannot be verified: {fields} missing.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="84"/>
        <source>Faltan campos obligatorios: {fields}.</source>
        <translation>Required fields missing: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="103"/>
        <source>Las fechas del hito «{title}» salen del periodo del compromiso.</source>
        <translation>The dates of the milestone “{title}” fall outside the commitment's period.</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../cocreation_app/services/display.py" line="16"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/display.py" line="16"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="17"/>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="54"/>
        <source>Acordado</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="35"/>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="126"/>
        <source>Aprobar</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="130"/>
        <source>Aprobar (propuesto, por confirmar)</source>
        <translation>Approve (proposed, to be confirmed)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="32"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="34"/>
        <source>Cambios solicitados</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="57"/>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="48"/>
        <source>Causa</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="19"/>
        <source>Ciudadanía</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="125"/>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="70"/>
        <source>Completado</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="79"/>
        <source>Completo</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="147"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="37"/>
        <source>Concluido</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="56"/>
        <source>Cumplido</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="44"/>
        <source>Descartado</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="49"/>
        <source>Efecto</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="107"/>
        <source>Empeoró</source>
        <translation>Worsened</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="55"/>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="36"/>
        <source>En implementación</source>
        <translation>In implementation</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="33"/>
        <source>En revisión</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="14"/>
        <source>Gobierno</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="148"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="25"/>
        <source>Hombre</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="77"/>
        <source>Limitado</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="109"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="110"/>
        <source>Mayor</source>
        <translation>Major</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="102"/>
        <source>Modesto</source>
        <translation>Modest</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="24"/>
        <source>Mujer</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="98"/>
        <source>Ninguno</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="92"/>
        <source>Nivel de cumplimiento</source>
        <translation>Completion level</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="96"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="26"/>
        <source>No binario</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="108"/>
        <source>No cambió</source>
        <translation>Did not change</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="68"/>
        <source>No iniciado</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="20"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="62"/>
        <source>Participación ciudadana</source>
        <translation>Civic participation</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="144"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="101"/>
        <source>Poco claro</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="91"/>
        <source>Potencial de resultados</source>
        <translation>Potential for results</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="28"/>
        <source>Prefiere no decir</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="42"/>
        <source>Priorizado</source>
        <translation>Prioritized</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="145"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="41"/>
        <source>Propuesto</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="90"/>
        <source>Relevancia para los valores de gobierno abierto</source>
        <translation>Relevance to open government values</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="63"/>
        <source>Rendición de cuentas</source>
        <translation>Public accountability</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="137"/>
        <source>Representación de gobierno</source>
        <translation>Government representative</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="139"/>
        <source>Representación de sociedad civil</source>
        <translation>Civil society representative</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="138"/>
        <source>Representación del órgano garante</source>
        <translation>Guarantor body representative</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="71"/>
        <source>Retrasado</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="84"/>
        <source>Reunión de seguimiento</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="140"/>
        <source>Secretaría técnica</source>
        <translation>Technical secretariat</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="18"/>
        <source>Sector privado</source>
        <translation>Private sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="43"/>
        <source>Seleccionado</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="153"/>
        <source>Sin dato</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="75"/>
        <source>Sin evidencia</source>
        <translation>No evidence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="111"/>
        <source>Sobresaliente</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="16"/>
        <source>Sociedad civil</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="127"/>
        <source>Solicitar cambios</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="131"/>
        <source>Solicitar cambios (propuesto, por confirmar)</source>
        <translation>Request changes (proposed, to be confirmed)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="146"/>
        <source>Solución</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="78"/>
        <source>Sustancial</source>
        <translation>Substantial</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="96"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="83"/>
        <source>Taller de cocreación</source>
        <translation>Co-creation workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="64"/>
        <source>Tecnología e innovación</source>
        <translation>Technology and innovation</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="61"/>
        <source>Transparencia</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="89"/>
        <source>Verificable</source>
        <translation>Verifiable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="93"/>
        <source>¿Abrió el gobierno?</source>
        <translation>Did it open government?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="15"/>
        <source>Órgano garante</source>
        <translation>Guarantor body</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="300"/>
        <source>Acepta fotografías</source>
        <translation>Agrees to photographs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="293"/>
        <source>Acepta publicar su nombre</source>
        <translation>Agrees to publish their name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="286"/>
        <source>Acepta ser contactada</source>
        <translation>Agrees to be contacted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="272"/>
        <source>Aceptó el aviso de privacidad</source>
        <translation>Accepted the privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="403"/>
        <source>Actores de apoyo: gobierno</source>
        <translation>Supporting actors: government</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="405"/>
        <source>Actores de apoyo: otros</source>
        <translation>Supporting actors: others</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="404"/>
        <source>Actores de apoyo: sociedad civil</source>
        <translation>Supporting actors: civil society</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="413"/>
        <source>Alineación con los ODS</source>
        <translation>Alignment with the SDGs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="478"/>
        <source>Atendida</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="474"/>
        <source>Autoría</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="444"/>
        <source>Avance (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="207"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Simplified privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="565"/>
        <source>Calificación</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="263"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="407"/>
        <source>Cargo del contacto</source>
        <translation>Contact's position</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="388"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="206"/>
        <source>Contexto</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="408"/>
        <source>Correo del contacto</source>
        <translation>Contact's email</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="266"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="180"/>
        <source>Corrige a</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="547"/>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="400"/>
        <source>Cómo contribuye a resolver el problema</source>
        <translation>How it helps solve the problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="340"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="399"/>
        <source>Descripción del compromiso</source>
        <translation>Description of the commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="473"/>
        <source>Dictamen</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="470"/>
        <source>Elemento</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="200"/>
        <source>Entidad federativa</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="437"/>
        <source>Entregable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="205"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="495"/>
        <source>Estado anterior</source>
        <translation>Previous status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="496"/>
        <source>Estado nuevo</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="342"/>
        <source>Evidencia y línea base</source>
        <translation>Evidence and baseline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="234"/>
        <source>Facilitación</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="232"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="519"/>
        <source>Fecha de emisión</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="410"/>
        <source>Fecha de inicio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="645"/>
        <source>Fecha de la valoración</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="411"/>
        <source>Fecha de término</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="282"/>
        <source>Fecha del consentimiento</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="500"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="203"/>
        <source>Fin del periodo</source>
        <translation>End of period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="304"/>
        <source>Fusionada en</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="264"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="429"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="179"/>
        <source>Hoja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="323"/>
        <source>Hora de registro</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="616"/>
        <source>Huella SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="439"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="202"/>
        <source>Inicio del periodo</source>
        <translation>Start of period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="475"/>
        <source>Institución</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="402"/>
        <source>Institución responsable</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="646"/>
        <source>Justificación</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="265"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="480"/>
        <source>Lugar en el borrador</source>
        <translation>Place in the draft</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="520"/>
        <source>Medio</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="438"/>
        <source>Medio de verificación</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="178"/>
        <source>Mesa o grupo</source>
        <translation>Table or group</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="235"/>
        <source>Minuta</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="201"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="595"/>
        <source>Narrativa</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="445"/>
        <source>Nivel de cumplimiento</source>
        <translation>Completion level</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="360"/>
        <source>Nodo superior</source>
        <translation>Parent node</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="260"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="613"/>
        <source>Nombre del archivo</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="406"/>
        <source>Nombre del contacto</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="499"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="395"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="398"/>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="363"/>
        <source>Orden</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="262"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="479"/>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="268"/>
        <source>Papel en el STL</source>
        <translation>Role in the LTS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="253"/>
        <source>Persona participante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="555"/>
        <source>Peso</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="447"/>
        <source>Peso en el avance del compromiso</source>
        <translation>Weight in the commitment's progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="194"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="341"/>
        <source>Población afectada</source>
        <translation>Affected population</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="412"/>
        <source>Presupuesto (MXN)</source>
        <translation>Budget (MXN)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="359"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="332"/>
        <source>Problema público</source>
        <translation>Public problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="397"/>
        <source>Problema que atiende</source>
        <translation>Problem it addresses</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="537"/>
        <source>Puntos</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="236"/>
        <source>Puntos por persona</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="644"/>
        <source>Quién valoró</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="670"/>
        <source>Qué cambió</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="518"/>
        <source>Reloj</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="586"/>
        <source>Reporte de avance</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="440"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="477"/>
        <source>Respuesta a</source>
        <translation>Reply to</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="619"/>
        <source>Se puede publicar</source>
        <translation>May be published</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="261"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="233"/>
        <source>Sede</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="224"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="615"/>
        <source>Tamaño (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="267"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="409"/>
        <source>Teléfono del contacto</source>
        <translation>Contact's phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="231"/>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="362"/>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="361"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="614"/>
        <source>Tipo de archivo</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="466"/>
        <source>Tipo de elemento</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="240"/>
        <source>Tipo de reunión</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="199"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="666"/>
        <source>Valor de gobierno abierto</source>
        <translation>Open government value</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="630"/>
        <source>Valoración</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="401"/>
        <source>Valores de gobierno abierto</source>
        <translation>Open government values</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="279"/>
        <source>Versión del aviso aceptada</source>
        <translation>Accepted notice version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="208"/>
        <source>Versión del aviso de privacidad</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="209"/>
        <source>Versión del borrador</source>
        <translation>Draft version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="204"/>
        <source>Órgano garante</source>
        <translation>Guarantor body</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="315"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="316"/>
        <source>Asistencias</source>
        <translation>Attendance records</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="658"/>
        <source>Autoevaluaciones</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="657"/>
        <source>Autoevaluación</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="566"/>
        <source>Calificaciones</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="565"/>
        <source>Calificación</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="488"/>
        <source>Cambio de estado de revisión</source>
        <translation>Review status change</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="353"/>
        <source>Causa o efecto</source>
        <translation>Cause or effect</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="354"/>
        <source>Causas y efectos</source>
        <translation>Causes and effects</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="388"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="389"/>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="529"/>
        <source>Conteo de puntos</source>
        <translation>Dot count</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="530"/>
        <source>Conteos de puntos</source>
        <translation>Dot counts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="547"/>
        <source>Criterio</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="548"/>
        <source>Criterios</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="607"/>
        <source>Evidencia</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="608"/>
        <source>Evidencias</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="489"/>
        <source>Historial de revisión</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="429"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="430"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="459"/>
        <source>Observaciones</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="458"/>
        <source>Observación</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="253"/>
        <source>Persona participante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="254"/>
        <source>Personas participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="195"/>
        <source>Plan de Acción Local</source>
        <translation>Local action plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="196"/>
        <source>Planes de Acción Local</source>
        <translation>Local action plans</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="332"/>
        <source>Problema público</source>
        <translation>Public problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="333"/>
        <source>Problemas públicos</source>
        <translation>Public problems</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="373"/>
        <source>Propuesta de solución</source>
        <translation>Proposed solution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="374"/>
        <source>Propuestas de solución</source>
        <translation>Proposed solutions</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="586"/>
        <source>Reporte de avance</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="587"/>
        <source>Reportes de avance</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="224"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="225"/>
        <source>Talleres</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="631"/>
        <source>Valoraciones</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="630"/>
        <source>Valoración</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="511"/>
        <source>Versiones emitidas del borrador</source>
        <translation>Issued draft versions</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="510"/>
        <source>Versión emitida del borrador</source>
        <translation>Issued draft version</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="95"/>
        <source>Acepta fotografías</source>
        <translation>Accepts photographs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="94"/>
        <source>Acepta publicar su nombre</source>
        <translation>Accepts publishing their name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="93"/>
        <source>Acepta ser contactada</source>
        <translation>Accepts being contacted</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="90"/>
        <source>Aceptó el aviso de privacidad</source>
        <translation>Accepted the privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="194"/>
        <source>Apellidos</source>
        <translation>Surnames</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="155"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="172"/>
        <source>Calificación de criterios (1 a 5)</source>
        <translation>Criteria score (1 to 5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="174"/>
        <source>Desempate</source>
        <translation>Tie-break</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="92"/>
        <source>Fecha del consentimiento</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="493"/>
        <source>Fila {row}: {reason} No se importó nada.</source>
        <translation>Row {row}: {reason} Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Género</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="150"/>
        <source>Hora de registro</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="416"/>
        <source>Indique qué columna tiene el nombre de la persona (campo «{field}»).</source>
        <translation>Say which column holds the person's name (field «{field}»).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Localidad</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="168"/>
        <source>Lugar</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="171"/>
        <source>Mesas que dieron puntos</source>
        <translation>Tables that gave dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="32"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="43"/>
        <location filename="../cocreation_app/services/participant_import.py" line="423"/>
        <source>No existe el plan con id «{id}».</source>
        <translation>There is no plan with id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="51"/>
        <source>No existe el taller con id «{id}».</source>
        <translation>There is no workshop with id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="313"/>
        <source>No hay una columna «{column}»; las columnas son: {headers}.</source>
        <translation>There is no column «{column}»; the columns are: {headers}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="131"/>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="188"/>
        <source>Priorización</source>
        <translation>Prioritization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="169"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="173"/>
        <source>Puntaje combinado (0 a 100)</source>
        <translation>Combined score (0 to 100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="170"/>
        <source>Puntos</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="32"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="96"/>
        <source>Talleres a los que asistió</source>
        <translation>Workshops attended</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="91"/>
        <source>Versión del aviso</source>
        <translation>Notice version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="356"/>
        <source>el nombre es demasiado largo.</source>
        <translation>the name is too long.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="354"/>
        <source>falta el nombre.</source>
        <translation>the name is missing.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="407"/>
        <source>mismo correo que «{who}»</source>
        <translation>same e-mail as «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="406"/>
        <source>mismo nombre que «{who}»</source>
        <translation>same name as «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="408"/>
        <source>mismo teléfono que «{who}»</source>
        <translation>same phone as «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="375"/>
        <source>no se reconoce el género «{value}»; use uno de: {choices}.</source>
        <translation>gender «{value}» is not recognised; use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="362"/>
        <source>no se reconoce el sector «{value}»; use uno de: {choices}.</source>
        <translation>sector «{value}» is not recognised; use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="443"/>
        <source>repetida en el archivo (fila {row}): </source>
        <translation>repeated in the file (row {row}): </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="437"/>
        <source>ya está en el plan: </source>
        <translation>already in the plan: </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="346"/>
        <source>«{field}» es demasiado largo.</source>
        <translation>«{field}» is too long.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/participant_import.py" line="341"/>
        <source>«{field}» tiene %n caracteres; el máximo es {limit}.</source>
        <translation>
            <numerusform>«{field}» has %n character; the maximum is {limit}.</numerusform>
            <numerusform>«{field}» has %n characters; the maximum is {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>«{field}» tiene {count} caracteres; el máximo es {limit}.</source>
        <translation type="vanished">«{field}» has {count} characters; the maximum is {limit}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="283"/>
        <source>«{item}»: use COLUMNA=CAMPO.</source>
        <translation>«{item}»: use COLUMN=FIELD.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="286"/>
        <source>«{name}» no es un campo que se pueda importar; use uno de: {fields}.</source>
        <translation>«{name}» is not a field that can be imported; use one of: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="383"/>
        <source>«{value}» no parece un correo electrónico.</source>
        <translation>«{value}» does not look like an e-mail address.</translation>
    </message>
</context>
<context>
    <name>open_data</name>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="140"/>
        <source>Actores de apoyo: gobierno</source>
        <translation>Supporting actors: government</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="146"/>
        <source>Actores de apoyo: otros</source>
        <translation>Supporting actors: others</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="144"/>
        <source>Actores de apoyo: sociedad civil</source>
        <translation>Supporting actors: civil society</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="150"/>
        <source>Alineación con los ODS</source>
        <translation>Alignment with the SDGs</translation>
    </message>
    <message>
        <source>Archivos de evidencia de los reportes de avance (nombre, tipo, tamaño y huella).</source>
        <translation type="vanished">Evidence files of the progress updates (name, type, size and fingerprint).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="393"/>
        <source>Archivos de evidencia de los reportes de avance que se marcaron como publicables (nombre, tipo, tamaño y huella).</source>
        <translation>Evidence files of the progress updates that were marked as publishable (name, type, size and fingerprint).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="312"/>
        <source>Asistencia por sector y género</source>
        <translation>Attendance by sector and gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="416"/>
        <source>Autoevaluaciones</source>
        <translation>Self-assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="417"/>
        <source>Autoevaluación al cierre de cada compromiso: qué cambió en cada valor de gobierno abierto.</source>
        <translation>End-of-commitment self-assessment: what changed in each open government value.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="171"/>
        <source>Avance (%) según su último reporte</source>
        <translation>Progress (%) according to its latest update</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="152"/>
        <source>Avance (%): promedio ponderado de sus hitos</source>
        <translation>Progress (%): weighted mean of its milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="86"/>
        <source>Avance del plan (%): promedio de sus compromisos</source>
        <translation>The plan's progress (%): mean of its commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="183"/>
        <source>Avance reportado (%)</source>
        <translation>Reported progress (%)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="166"/>
        <source>Cada tabla se describe, columna por columna, en datapackage.json (Frictionless Data Package). Los valores codificados se explican en data/codes.csv.</source>
        <translation>Each table is described, column by column, in datapackage.json (Frictionless Data Package). Coded values are explained in data/codes.csv.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="157"/>
        <location filename="../cocreation_app/reports/public_data.py" line="201"/>
        <location filename="../cocreation_app/reports/public_data.py" line="209"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="363"/>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="364"/>
        <source>Compromisos del plan, con su avance derivado de sus hitos.</source>
        <translation>The plan's commitments, with their progress derived from their milestones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="223"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="428"/>
        <source>Códigos</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="133"/>
        <source>Cómo contribuye a resolver el problema</source>
        <translation>How it contributes to solving the problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="117"/>
        <location filename="../cocreation_app/reports/open_data.py" line="142"/>
        <source>Datos abiertos del Plan de Acción Local de {municipality}, {state}: problemas, compromisos, hitos, avances, evidencias y valoraciones. Sin datos personales.</source>
        <translation>Open data of the Local Action Plan of {municipality}, {state}: problems, commitments, milestones, progress, evidence and assessments. No personal data.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="113"/>
        <location filename="../cocreation_app/reports/public_data.py" line="123"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="132"/>
        <source>Descripción del compromiso</source>
        <translation>Description of the commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="295"/>
        <source>El Plan de Acción Local.</source>
        <translation>The Local Action Plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="77"/>
        <source>Entidad federativa</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="160"/>
        <source>Entregable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="117"/>
        <location filename="../cocreation_app/reports/public_data.py" line="151"/>
        <source>Estado (código, ver codes.csv)</source>
        <translation>Status (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="82"/>
        <source>Estado del plan (código, ver codes.csv)</source>
        <translation>The plan's status (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="182"/>
        <source>Estado reportado (código, ver codes.csv)</source>
        <translation>Reported status (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="169"/>
        <source>Estado según su último reporte (código, ver codes.csv)</source>
        <translation>Status according to its latest update (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="115"/>
        <source>Evidencia y línea base</source>
        <translation>Evidence and baseline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="392"/>
        <source>Evidencias</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="188"/>
        <source>Evidencias no publicadas (pueden mostrar o nombrar personas)</source>
        <translation>Unpublished evidence (may show or name people)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="148"/>
        <source>Exportado con Cocrea {version} el {date}. El avance de hitos y compromisos es el de esa fecha: el último reporte de cada hito y el promedio ponderado de los hitos de cada compromiso.</source>
        <translation>Exported with Cocrea {version} on {date}. The progress of milestones and commitments is as of that date: each milestone's latest update and the weighted mean of each commitment's milestones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="98"/>
        <location filename="../cocreation_app/reports/public_data.py" line="216"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="147"/>
        <location filename="../cocreation_app/reports/public_data.py" line="163"/>
        <source>Fecha de inicio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="204"/>
        <source>Fecha de la valoración</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="148"/>
        <location filename="../cocreation_app/reports/public_data.py" line="164"/>
        <source>Fecha de término</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="181"/>
        <source>Fecha del reporte</source>
        <translation>Date of the update</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="140"/>
        <source>Ficha de datos</source>
        <translation>Data card</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="80"/>
        <source>Fin del periodo</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="107"/>
        <source>Género (código, ver codes.csv; vacío si no se registró)</source>
        <translation>Gender (code, see codes.csv; empty if not recorded)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="180"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="371"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="372"/>
        <source>Hitos de cada compromiso, con su estado y avance según su último reporte.</source>
        <translation>Each commitment's milestones, with their status and progress according to their latest update.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="153"/>
        <source>Hitos vencidos</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="66"/>
        <source>Identificador (UUID)</source>
        <translation>Identifier (UUID)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="202"/>
        <source>Indicador del IRM (código, ver codes.csv)</source>
        <translation>IRM indicator (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="79"/>
        <source>Inicio del periodo</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="139"/>
        <source>Institución responsable</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="205"/>
        <source>Justificación</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="187"/>
        <location filename="../cocreation_app/reports/open_data.py" line="196"/>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="89"/>
        <source>Licencia desconocida: «{code}». Use una de: {codes}</source>
        <translation>Unknown licence: “{code}”. Use one of: {codes}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="181"/>
        <source>Limitaciones</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="222"/>
        <source>Lista de códigos</source>
        <translation>Code list</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="382"/>
        <source>Lo que se reportó de cada hito en cada fecha.</source>
        <translation>What was reported about each milestone on each date.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="197"/>
        <source>Los datos de «{title}» se publican con la licencia {licence} ({code}). Texto completo: {url}</source>
        <translation>The data of “{title}” are published under the {licence} licence ({code}). Full text: {url}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="182"/>
        <source>Los textos los escribieron las personas del STL y no se verificaron de forma independiente. Los conteos de asistencia dependen del registro en cada taller.</source>
        <translation>The texts were written by the members of the STL and were not independently verified. Attendance counts depend on the check-in at each workshop.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="161"/>
        <source>Medio de verificación</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="78"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="184"/>
        <source>Narrativa</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró.</source>
        <translation type="vanished">It contains no personal data. Participants appear only as counts by sector and gender; only the names of those who agreed to their publication are published. E-mails, phones, positions, localities, minutes, and the names of facilitators, contacts, and of who reported or assessed are not included.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="172"/>
        <source>No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró. De las evidencias solo están las que quien las adjuntó marcó como publicables (una foto muestra personas, una lista de asistencia las nombra); de las demás, solo cuántas son.</source>
        <translation>No personal data. Participants appear only as counts by sector and gender; only the names of those who agreed to their publication are published. No e-mails, phones, positions, localities, minutes, nor names of facilitators, contacts, or of who reported or assessed. Of the evidence files, only those marked as publishable by whoever attached them are included (a photo shows people, an attendance list names them); of the others, only how many there are.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="219"/>
        <source>Nombre (solo de quien aceptó publicarlo)</source>
        <translation>Name (only of those who agreed to publish it)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="194"/>
        <source>Nombre del archivo</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="127"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="67"/>
        <source>Número de personas</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="131"/>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="158"/>
        <source>Orden</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation type="vanished">Organization</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="147"/>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="328"/>
        <source>Personas participantes por sector y género</source>
        <translation>Participants by sector and gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="338"/>
        <source>Personas que aceptaron publicar su nombre</source>
        <translation>People who agreed to publish their name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="100"/>
        <source>Personas que asistieron</source>
        <translation>People who attended</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="313"/>
        <source>Personas que asistieron a cada taller o reunión, contadas por sector y género.</source>
        <translation>People who attended each workshop or meeting, counted by sector and gender.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="329"/>
        <source>Personas registradas en el ejercicio, contadas por sector y género.</source>
        <translation>People registered in the exercise, counted by sector and gender.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="165"/>
        <source>Peso en el avance del compromiso</source>
        <translation>Weight in the commitment's progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="294"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="114"/>
        <source>Población afectada</source>
        <translation>Affected population</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="149"/>
        <source>Presupuesto (MXN)</source>
        <translation>Budget (MXN)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="171"/>
        <source>Privacidad</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="121"/>
        <location filename="../cocreation_app/reports/public_data.py" line="129"/>
        <source>Problema público que atiende</source>
        <translation>Public problem it addresses</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="130"/>
        <source>Problema que atiende</source>
        <translation>Problem it addresses</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="348"/>
        <source>Problemas públicos</source>
        <translation>Public problems</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="349"/>
        <source>Problemas públicos identificados en los talleres.</source>
        <translation>Public problems identified in the workshops.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="355"/>
        <source>Propuestas de solución</source>
        <translation>Proposed solutions</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="356"/>
        <source>Propuestas de solución a los problemas públicos.</source>
        <translation>Proposed solutions to the public problems.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="215"/>
        <source>Qué cambió</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="193"/>
        <source>Reporte de avance</source>
        <translation>Progress update</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="381"/>
        <source>Reportes de avance</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="162"/>
        <source>Responsable (institución)</source>
        <translation>Responsible (institution)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="103"/>
        <source>Sector (código, ver codes.csv)</source>
        <translation>Sector (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="99"/>
        <source>Sede</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="224"/>
        <source>Significado</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="429"/>
        <source>Significado de cada código que usan las otras tablas.</source>
        <translation>The meaning of every code the other tables use.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="339"/>
        <source>Solo las personas participantes que aceptaron que su nombre se publique.</source>
        <translation>Only the participants who agreed that their name be published.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="154"/>
        <source>Tablas</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="318"/>
        <source>Taller o reunión</source>
        <translation>Workshop or meeting</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="302"/>
        <source>Talleres de cocreación y reuniones de seguimiento del STL, con su asistencia total.</source>
        <translation>Co-creation workshops and follow-up meetings of the STL, with their total attendance.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="301"/>
        <source>Talleres y reuniones de seguimiento</source>
        <translation>Workshops and follow-up meetings</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="196"/>
        <source>Tamaño (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="97"/>
        <location filename="../cocreation_app/reports/public_data.py" line="116"/>
        <source>Tema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="195"/>
        <source>Tipo de archivo</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="95"/>
        <source>Tipo: cocreation (taller) o followup (reunión de seguimiento)</source>
        <translation>Kind: cocreation (workshop) or followup (follow-up meeting)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="91"/>
        <location filename="../cocreation_app/reports/public_data.py" line="112"/>
        <location filename="../cocreation_app/reports/public_data.py" line="122"/>
        <location filename="../cocreation_app/reports/public_data.py" line="128"/>
        <location filename="../cocreation_app/reports/public_data.py" line="159"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="76"/>
        <source>Título del plan</source>
        <translation>The plan's title</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="213"/>
        <source>Valor de gobierno abierto (código, ver codes.csv)</source>
        <translation>Open government value (code, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="404"/>
        <source>Valoraciones</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="405"/>
        <source>Valoraciones de cada compromiso con los indicadores del IRM, con fecha y justificación.</source>
        <translation>Assessments of each commitment with the IRM's indicators, with date and reason.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="203"/>
        <source>Valoración (código o códigos, ver codes.csv)</source>
        <translation>Assessment (code or codes, see codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="137"/>
        <source>Valores de gobierno abierto (códigos separados por comas)</source>
        <translation>Open government values (codes separated by commas)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="175"/>
        <source>Vencido: pasó su fecha de término sin completarse</source>
        <translation>Overdue: its end date passed without it being completed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>archivo</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>contenido</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>filas</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="81"/>
        <source>Órgano garante</source>
        <translation>Guarantor body</translation>
    </message>
</context>
<context>
    <name>prioritization</name>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="264"/>
        <source>%n personas</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="263"/>
        <location filename="../cocreation_app/services/prioritization.py" line="265"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="381"/>
        <source>Cada persona tiene %n puntos en este taller, pero este voto reparte {total}. No se guardó nada.</source>
        <translation>
            <numerusform>Each person has %n dot in this workshop, but this vote gives out {total}. Nothing was saved.</numerusform>
            <numerusform>Each person has %n dots in this workshop, but this vote gives out {total}. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cada persona tiene {budget} puntos en este taller, pero este voto reparte {total}. No se guardó nada.</source>
        <translation type="vanished">Each person has {budget} dots in this workshop, but this vote gives out {total}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="447"/>
        <source>Criterio desconocido: {names}. Use impact, urgency o feasibility.</source>
        <translation>Unknown criterion: {names}. Use impact, urgency or feasibility.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="504"/>
        <source>El criterio «{id}» no es de este taller.</source>
        <translation>The criterion “{id}” does not belong to this workshop.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="254"/>
        <source>El número de personas de la mesa debe ser al menos 1.</source>
        <translation>The number of people at the table must be at least 1.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="94"/>
        <source>Empata en puntaje combinado con «{other}»; se desempata por {rule}.</source>
        <translation>Tied on combined score with “{other}”; the tie is broken by {rule}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="456"/>
        <source>Este taller ya tiene criterios; edítelos en lugar de crearlos.</source>
        <translation>This workshop already has criteria; edit them instead of creating new ones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="46"/>
        <source>Factibilidad</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="44"/>
        <source>Impacto</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="236"/>
        <source>Indique la mesa o grupo de donde viene el conteo.</source>
        <translation>Say which table or group the count comes from.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="258"/>
        <source>La mesa «{origin}» tiene {budget} ({people} × {dots}), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</source>
        <translation>Table “{origin}” has {budget} ({people} × {dots}), but its count adds up to {total}. Check the sheet; nothing was saved.</translation>
    </message>
    <message>
        <source>La mesa «{origin}» tiene {budget} puntos ({people} personas × {dots} puntos), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</source>
        <translation type="vanished">Table “{origin}” has {budget} dots ({people} people × {dots} dots), but its count adds up to {total}. Check the sheet; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="59"/>
        <source>Los pesos de puntos y de criterios no pueden ser negativos ni ser ambos cero.</source>
        <translation>The dot and criteria weights cannot be negative or both zero.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="243"/>
        <source>Los puntos deben ser un número entero de 0 en adelante, no «{value}».</source>
        <translation>Dots must be a whole number from 0 up, not “{value}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="228"/>
        <source>No existe el problema «{id}» en el plan de este taller.</source>
        <translation>There is no problem “{id}” in this workshop's plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="220"/>
        <source>No existe el taller «{id}».</source>
        <translation>There is no workshop “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="218"/>
        <source>Puntaje = {dots_pct} % puntos + {criteria_pct} % criterios. Empates: mayor calificación de criterios, más puntos, más mesas, registro más antiguo.</source>
        <translation>Score = {dots_pct} % dots + {criteria_pct} % criteria. Ties: higher criteria score, more dots, more tables, earliest record.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="201"/>
        <source>Puntaje combinado (0 a 100) = {dots_pct} % de los puntos relativos al problema más votado + {criteria_pct} % de la calificación ponderada de criterios llevada de la escala 1–5 a 0–1. La calificación de cada criterio es el promedio de las mesas que lo calificaron. En caso de empate decide, en este orden: la mayor calificación ponderada, más puntos, más mesas que le dieron puntos, el problema registrado antes y, por último, su identificador.</source>
        <translation>Combined score (0 to 100) = {dots_pct} % of the dots relative to the most-voted problem + {criteria_pct} % of the weighted criteria score, rescaled from 1–5 to 0–1. Each criterion's score is the average of the tables that scored it. Ties are broken, in this order, by: the higher weighted score, more dots, more tables that gave it dots, the problem registered first and, finally, its identifier.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="45"/>
        <source>Urgencia</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="30"/>
        <source>el identificador del problema (orden alfabético)</source>
        <translation>the problem's identifier (alphabetical order)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="28"/>
        <source>el mayor número de mesas que le dieron puntos</source>
        <translation>the most tables that gave it dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="27"/>
        <source>el mayor número de puntos</source>
        <translation>the most dots</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="29"/>
        <source>el registro más antiguo del problema</source>
        <translation>the problem registered first</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="24"/>
        <source>la mayor calificación ponderada de criterios</source>
        <translation>the highest weighted criteria score</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="267"/>
        <source>  {date}: {title} ({venue}), registro {time}</source>
        <translation>  {date}: {title} ({venue}), checked in {time}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="261"/>
        <source>Asistencia a talleres:</source>
        <translation>Workshop attendance:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="250"/>
        <source>Aviso de privacidad, versión {version}:</source>
        <translation>Privacy notice, version {version}:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="238"/>
        <source>Datos personales de {name}</source>
        <translation>Personal data of {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="256"/>
        <source>Datos registrados:</source>
        <translation>Recorded data:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="239"/>
        <source>Generado: {time}</source>
        <translation>Generated: {time}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="284"/>
        <source>Historial de cambios (cada valor que se guardó):</source>
        <translation>Change history (every value that was saved):</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="161"/>
        <location filename="../cocreation_app/services/privacy.py" line="326"/>
        <source>No existe la persona participante «{id}».</source>
        <translation>There is no participant “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="276"/>
        <source>Otros registros que la mencionan:</source>
        <translation>Other records that mention them:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="245"/>
        <source>Plan: {title} ({municipality}, {state})</source>
        <translation>Plan: {title} ({municipality}, {state})</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <source>sí</source>
        <translation type="vanished">yes</translation>
    </message>
</context>
<context>
    <name>progress_report</name>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="323"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: antes {before}; ahora {now}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: before {before}; now {now}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="390"/>
        <source>Autoevaluación al cierre</source>
        <translation>End-of-commitment self-assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="191"/>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="285"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="129"/>
        <source>Avance del plan: {now} (en el informe anterior: {before}).</source>
        <translation>The plan's progress: {now} (in the previous report: {before}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="256"/>
        <source>Avance: {now} (en el informe anterior: {before})</source>
        <translation>Progress: {now} (in the previous report: {before})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="192"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="190"/>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="194"/>
        <source>Cumplimiento (IRM)</source>
        <translation>Completion (IRM)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="138"/>
        <source>Cumplimiento por compromiso</source>
        <translation>Completion by commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="147"/>
        <source>El avance de un hito es el de su último reporte en la fecha; el de un compromiso, el promedio ponderado de sus hitos. Hecho con Cocrea {version}.</source>
        <translation>A milestone's progress is that of its latest update at the date; a commitment's, the weighted mean of its milestones'. Made with Cocrea {version}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="144"/>
        <source>El plan aún no tiene compromisos.</source>
        <translation>The plan has no commitments yet.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="284"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/progress_pdf.py" line="347"/>
        <source>Evidencia: {name} (%Ln bytes, SHA-256 {sha})</source>
        <translation>
            <numerusform>Evidence: {name} (%Ln byte, SHA-256 {sha})</numerusform>
            <numerusform>Evidence: {name} (%Ln bytes, SHA-256 {sha})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidencia: {name} ({size} bytes, SHA-256 {sha})</source>
        <translation type="vanished">Evidence: {name} ({size} bytes, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="283"/>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="266"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="193"/>
        <source>Hitos vencidos</source>
        <translation>Overdue milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="364"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="101"/>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="123"/>
        <source>Informe de avance</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="432"/>
        <source>Informe de avance: {title}</source>
        <translation>Progress report: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="248"/>
        <source>Institución responsable: {name}</source>
        <translation>Lead institution: {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="407"/>
        <source>No hubo reuniones de seguimiento en el periodo.</source>
        <translation>There were no follow-up meetings in the period.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="106"/>
        <source>Periodo: {since} a {until}</source>
        <translation>Period: {since} to {until}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="287"/>
        <source>Peso</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="367"/>
        <source>Por qué</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Página {page} de {total}</source>
        <translation type="vanished">Page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="366"/>
        <source>Quién y cuándo</source>
        <translation>Who and when</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="272"/>
        <source>Qué cambió en el periodo</source>
        <translation>What changed in the period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="405"/>
        <source>Reuniones de seguimiento</source>
        <translation>Follow-up meetings</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="433"/>
        <source>Secretariado Técnico Local de {place}</source>
        <translation>Local Technical Secretariat of {place}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="354"/>
        <source>Sin cambios en el periodo.</source>
        <translation>No changes in the period.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="271"/>
        <source>Sin hitos.</source>
        <translation>No milestones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="384"/>
        <source>Sin valoraciones.</source>
        <translation>No assessments.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="286"/>
        <source>Término</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="274"/>
        <source>Valoraciones</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="365"/>
        <source>Valoración</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="335"/>
        <source>{date} · {status} · {progress}: {narrative}</source>
        <translation>{date} · {status} · {progress}: {narrative}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/progress_pdf.py" line="413"/>
        <source>{date}, {venue}. Asistencia: %Ln personas.</source>
        <translation>
            <numerusform>{date}, {venue}. Attendance: %Ln person.</numerusform>
            <numerusform>{date}, {venue}. Attendance: %Ln people.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}, {venue}. Asistencia: {count} personas.</source>
        <translation type="vanished">{date}, {venue}. Attendance: {count} people.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="295"/>
        <source>{status}, vencido</source>
        <translation>{status}, overdue</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/problems.py" line="91"/>
        <source>%Ln puntos</source>
        <translation>
            <numerusform>%Ln dot</numerusform>
            <numerusform>%Ln dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/context.py" line="52"/>
        <source>Además, %Ln integrantes del STL no autorizaron la publicación de su nombre.</source>
        <translation>
            <numerusform>In addition, %Ln LTS member did not authorize the publication of their name.</numerusform>
            <numerusform>In addition, %Ln LTS members did not authorize the publication of their name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Además, {count} integrantes del STL no autorizaron la publicación de su nombre.</source>
        <translation type="vanished">In addition, {count} LTS members did not authorize the publication of their name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="197"/>
        <source>Al firmar, usted confirma que conoce este aviso. Marque cada casilla solo si lo autoriza: «Contacto», que le contactemos; «Publicar mi nombre», que su nombre aparezca en el Plan de Acción Local; «Fotografías», que se usen fotografías del taller en las que aparezca. Puede dejar cualquier casilla en blanco.</source>
        <translation>By signing, you confirm that you know this notice. Tick each box only if you allow it: “Contact”, that we contact you; “Publish my name”, that your name appears in the Local Action Plan; “Photographs”, that photographs of the workshop in which you appear are used. You may leave any box blank.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="63"/>
        <source>Alineación con los ODS</source>
        <translation>Alignment with the SDGs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="98"/>
        <source>Anexo. Observaciones y respuestas</source>
        <translation>Annex. Review comments and replies</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/participants.py" line="23"/>
        <source>Anexo. Personas participantes</source>
        <translation>Annex. Participants</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="47"/>
        <source>Asistencia</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="64"/>
        <source>Asistencia por género</source>
        <translation>Attendance by gender</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="61"/>
        <source>Asistencia por sector</source>
        <translation>Attendance by sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="116"/>
        <source>Atendida</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="239"/>
        <source>Autorizo</source>
        <translation>I allow</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="181"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Simplified privacy notice</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="183"/>
        <source>Aviso de privacidad simplificado (versión {version})</source>
        <translation>Simplified privacy notice (version {version})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="41"/>
        <source>Aún no hay votaciones ni calificaciones registradas.</source>
        <translation>No votes or scores recorded yet.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/pages.py" line="50"/>
        <source>BORRADOR</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="87"/>
        <source>Borrador del Plan de Acción Local, versión {version}</source>
        <translation>Local Action Plan draft, version {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/pages.py" line="60"/>
        <source>Borrador, versión {version}</source>
        <translation>Draft, version {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="32"/>
        <source>Cada compromiso se presenta con el formato de compromiso de la Alianza para el Gobierno Abierto, seguido de sus hitos.</source>
        <translation>Each commitment is presented in the Open Government Partnership commitment template, followed by its milestones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="71"/>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="100"/>
        <source>Causas</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="115"/>
        <source>Compromiso {number}. {title}</source>
        <translation>Commitment {number}. {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="30"/>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="250"/>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="238"/>
        <source>Contacto (correo o teléfono)</source>
        <translation>Contact (email or phone)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="72"/>
        <source>Contenido</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="17"/>
        <source>Contexto</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="72"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Criterios</source>
        <translation type="vanished">Criteria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="53"/>
        <source>Criterios (1–5)</source>
        <translation>Criteria (1–5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="57"/>
        <source>Descripción del compromiso</source>
        <translation>Description of the commitment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="72"/>
        <source>Documento de trabajo sujeto a revisión del Secretariado Técnico Local. Su contenido puede cambiar antes de la publicación del plan.</source>
        <translation>Working document subject to review by the Local Technical Secretariat. Its content may change before the plan is published.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="100"/>
        <source>Efectos</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="29"/>
        <source>El Secretariado Técnico Local (STL) es la instancia de gobierno, órgano garante y sociedad civil que conduce el ejercicio de cocreación.</source>
        <translation>The Local Technical Secretariat (LTS) is the body of government, guarantor body and civil society that leads the co-creation exercise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="68"/>
        <source>El aviso de privacidad del plan tiene %Ln caracteres; la lista de asistencia imprime hasta {limit}. Acorte el aviso simplificado.</source>
        <translation>
            <numerusform>The plan's privacy notice has %Ln character; the sign-in sheet prints up to {limit}. Shorten the simplified notice.</numerusform>
            <numerusform>The plan's privacy notice has %Ln characters; the sign-in sheet prints up to {limit}. Shorten the simplified notice.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="108"/>
        <source>El mapa de elementos de «{path}» está dañado: {what}</source>
        <translation>The item map of “{path}” is damaged: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/exports.py" line="88"/>
        <source>El número de filas en blanco debe estar entre 0 y 1000.</source>
        <translation>The number of blank rows must be between 0 and 1000.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_data.py" line="72"/>
        <source>El periodo empieza ({since}) después de terminar ({until}).</source>
        <translation>The period starts ({since}) after it ends ({until}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="186"/>
        <source>El plan no tiene registrado un aviso de privacidad simplificado. Solicítelo a la persona facilitadora antes de firmar.</source>
        <translation>The plan has no simplified privacy notice on record. Ask the facilitator for it before signing.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="31"/>
        <source>El plan se cocreó en mesas de trabajo abiertas en las que las personas participantes identificaron problemas públicos, los priorizaron, propusieron soluciones y acordaron compromisos con sus hitos. Las cifras de asistencia se presentan de forma agregada.</source>
        <translation>The plan was co-created in open workshops in which the participants identified public problems, prioritized them, proposed solutions and agreed commitments with their milestones. Attendance figures are presented in aggregate.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="24"/>
        <source>En cada mesa de priorización los problemas se ordenan por un puntaje combinado (0 a 100) de la votación con puntos y de la calificación ponderada de los criterios (1 a 5), como lo muestra la aplicación.</source>
        <translation>At each prioritization table, problems are ranked by a combined score (0 to 100) of the dot vote and the weighted criteria score (1 to 5), as the application shows it.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="28"/>
        <source>Entidad federativa</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="68"/>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="146"/>
        <location filename="../cocreation_app/reports/plan/problems.py" line="55"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="32"/>
        <source>Estado del plan</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="102"/>
        <source>Este borrador no tiene observaciones.</source>
        <translation>This draft has no review comments.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="99"/>
        <source>Evidencia:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="173"/>
        <source>Facilitación</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="171"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="45"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="242"/>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="252"/>
        <source>Fotografías</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="75"/>
        <source>Gobierno</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="62"/>
        <source>Gobierno Abierto: Cocreación desde lo Local</source>
        <translation>Open Government: Co-creation from the Local Level</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="142"/>
        <source>Hito y entregable</source>
        <translation>Milestone and deliverable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="127"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="69"/>
        <source>Información de contacto</source>
        <translation>Contact information</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="56"/>
        <source>Institución responsable</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="165"/>
        <source>Lista de asistencia</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="159"/>
        <source>Lista de asistencia · {workshop}</source>
        <translation>Attendance sheet · {workshop}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="306"/>
        <source>Lista de asistencia: {workshop}</source>
        <translation>Attendance sheet: {workshop}</translation>
    </message>
    <message>
        <source>Los problemas se ordenan por el total de puntos de la votación y, en caso de empate, por la calificación ponderada de los criterios (impacto, urgencia, factibilidad u otros acordados en la mesa).</source>
        <translation type="vanished">Problems are ranked by their total dots in the vote and, in case of a tie, by the weighted criteria score (impact, urgency, feasibility or others agreed at the table).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="170"/>
        <location filename="../cocreation_app/reports/plan/problems.py" line="50"/>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Lugar {rank} en «{workshop}»: {dots} puntos · criterios {criteria} · puntaje combinado {combined}</source>
        <translation type="vanished">Rank {rank} in “{workshop}”: {dots} dots · criteria {criteria} · combined score {combined}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="85"/>
        <source>Lugar {rank} en «{workshop}»: {dots} · criterios {criteria} · puntaje combinado {combined}</source>
        <translation>Rank {rank} in “{workshop}”: {dots} · criteria {criteria} · combined score {combined}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="143"/>
        <source>Medio de verificación</source>
        <translation>Means of verification</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="29"/>
        <source>Metodología</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="29"/>
        <source>Municipio</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="203"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="55"/>
        <source>No existe el archivo «{path}».</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_data.py" line="371"/>
        <source>No existe el plan con id «{id}».</source>
        <translation>There is no plan with id “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="63"/>
        <source>No existe el taller con id «{id}».</source>
        <translation>There is no workshop with id “{id}”.</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="39"/>
        <source>No hay compromisos registrados.</source>
        <translation>No commitments recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="60"/>
        <source>No hay integrantes del STL registrados.</source>
        <translation>No LTS members recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="32"/>
        <source>No hay problemas registrados.</source>
        <translation>No problems recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="45"/>
        <source>No hay propuestas de solución registradas.</source>
        <translation>No proposed solutions recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="40"/>
        <source>No hay talleres registrados.</source>
        <translation>No workshops recorded.</translation>
    </message>
    <message>
        <source>No se pudo guardar «{path}»: {reason}</source>
        <translation type="vanished">Could not save “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="214"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="75"/>
        <source>No se pudo leer el PDF «{path}»: {reason}</source>
        <translation>Could not read the PDF “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <location filename="../cocreation_app/reports/plan/participants.py" line="37"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="235"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="70"/>
        <source>Nombre de la persona responsable</source>
        <translation>Name of the person responsible</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="237"/>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <location filename="../cocreation_app/reports/plan/participants.py" line="37"/>
        <source>Organización</source>
        <translation>Organization</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/participants.py" line="53"/>
        <source>Otras %Ln personas participaron sin autorizar la publicación de su nombre.</source>
        <translation>
            <numerusform>%Ln other person took part without authorizing the publication of their name.</numerusform>
            <numerusform>%Ln other people took part without authorizing the publication of their name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Otras {count} personas participaron sin autorizar la publicación de su nombre.</source>
        <translation type="vanished">{count} other people took part without authorizing the publication of their name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="77"/>
        <source>Otros actores</source>
        <translation>Other actors</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="74"/>
        <source>Otros actores involucrados</source>
        <translation>Other actors involved</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <source>Papel</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="116"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="145"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="55"/>
        <location filename="../cocreation_app/reports/plan/cover.py" line="30"/>
        <source>Periodo de implementación</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/participants.py" line="25"/>
        <source>Personas que participaron en el ejercicio de cocreación y autorizaron la publicación de su nombre.</source>
        <translation>People who took part in the co-creation exercise and authorized the publication of their name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="169"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="98"/>
        <source>Población afectada:</source>
        <translation>Affected population:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="65"/>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="35"/>
        <source>Priorización en «{workshop}», {date}</source>
        <translation>Prioritization in “{workshop}”, {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="51"/>
        <source>Problema público</source>
        <translation>Public problem</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="78"/>
        <source>Problema {number}. {title}</source>
        <translation>Problem {number}. {title}</translation>
    </message>
    <message>
        <source>Problema {rank}. {title}</source>
        <translation type="vanished">Problem {rank}. {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="22"/>
        <source>Problemas públicos priorizados</source>
        <translation>Prioritized public problems</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="18"/>
        <source>Propuestas de solución</source>
        <translation>Proposed solutions</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="20"/>
        <source>Propuestas formuladas en las mesas de trabajo para cada problema público priorizado.</source>
        <translation>Proposals made at the workshop tables for each prioritized public problem.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="251"/>
        <source>Publicar mi nombre</source>
        <translation>Publish my name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="54"/>
        <source>Puntaje (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="52"/>
        <source>Puntos</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Puntos: {dots} · Calificación ponderada: {score}</source>
        <translation type="vanished">Dots: {dots} · Weighted score: {score}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/document.py" line="106"/>
        <source>Página {page} de {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="144"/>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="129"/>
        <source>Respuesta de {author}: {text}</source>
        <translation>Reply from {author}: {text}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="27"/>
        <source>Secretariado Técnico Local</source>
        <translation>Local Technical Secretariat</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="307"/>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="86"/>
        <source>Secretariado Técnico Local de {place}</source>
        <translation>Local Technical Secretariat of {place}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="236"/>
        <location filename="../cocreation_app/reports/plan/participants.py" line="37"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="172"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="46"/>
        <source>Sede</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation type="vanished">Not recorded</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="132"/>
        <source>Sin hitos registrados.</source>
        <translation>No milestones recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="21"/>
        <source>Sin información de contexto registrada.</source>
        <translation>No context information recorded.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="76"/>
        <source>Sociedad civil</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="44"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="122"/>
        <source>Taller</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="84"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="103"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="127"/>
        <source>Taller {number}</source>
        <translation>Workshop {number}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/styles.py" line="35"/>
        <source>Tamaño de papel desconocido: «{name}». Use letter o a4.</source>
        <translation>Unknown paper size: “{name}”. Use letter or a4.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="73"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="86"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="96"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="124"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="131"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="62"/>
        <source>Valores de gobierno abierto</source>
        <translation>Open government values</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="34"/>
        <source>Versión del borrador</source>
        <translation>Draft version</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="35"/>
        <source>Versión {version}, {date}</source>
        <translation>Version {version}, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/styles.py" line="52"/>
        <source>[Texto recortado: faltan %Ln caracteres; el texto completo se conserva en la aplicación.]</source>
        <translation>
            <numerusform>[Text cut: %Ln more character; the full text is kept in the application.]</numerusform>
            <numerusform>[Text cut: %Ln more characters; the full text is kept in the application.]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/page_identity.py" line="114"/>
        <source>borrador v{version} · p. {page}</source>
        <translation>draft v{version} · p. {page}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>cocreación</source>
        <translation>co-creation</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="169"/>
        <source>el elemento {number} {what}</source>
        <translation>item {number} {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="118"/>
        <source>es demasiado grande.</source>
        <translation>it is too large.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>gobierno abierto</source>
        <translation>open government</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="132"/>
        <source>la versión del borrador ({value}) no es válida.</source>
        <translation>the draft version ({value}) is not valid.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="127"/>
        <source>no dice a qué plan pertenece.</source>
        <translation>it does not say which plan it belongs to.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="149"/>
        <source>no dice qué elemento es.</source>
        <translation>does not say which item it is.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="122"/>
        <source>no es JSON válido.</source>
        <translation>it is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="124"/>
        <source>no es un objeto JSON.</source>
        <translation>it is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="146"/>
        <source>no es un objeto.</source>
        <translation>is not an object.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>plan de acción local</source>
        <translation>local action plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="158"/>
        <source>su página no es válida.</source>
        <translation>has an invalid page.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="161"/>
        <source>su recuadro no es válido.</source>
        <translation>has an invalid box.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="105"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/kit.py" line="140"/>
        <source>{label} (continúa)</source>
        <translation>{label} (continued)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/kit.py" line="92"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="156"/>
        <source>{start} –
{end}</source>
        <translation>{start} –
{end}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/kit.py" line="33"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="117"/>
        <source>{verdict} · {author} · versión {version} · {state}</source>
        <translation>{verdict} · {author} · version {version} · {state}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="138"/>
        <source>«items» no es una lista.</source>
        <translation>“items” is not a list.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="154"/>
        <source>«spans» no es una lista.</source>
        <translation>“spans” is not a list.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="220"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="81"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="125"/>
        <source>«{path}» no es un PDF válido o está dañado.</source>
        <translation>“{path}” is not a valid PDF or is damaged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="224"/>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="249"/>
        <source>«{path}» no es un borrador de plan exportado por Cocrea.</source>
        <translation>“{path}” is not a plan draft exported by Cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="59"/>
        <source>¿Cuál es el objetivo del compromiso?</source>
        <translation>What is the objective of the commitment?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="58"/>
        <source>¿Cuál es el problema público que aborda?</source>
        <translation>What public problem does it address?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="61"/>
        <source>¿Cómo contribuirá a resolver el problema?</source>
        <translation>How will it help solve the problem?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="60"/>
        <source>¿En qué consiste el compromiso?</source>
        <translation>What does the commitment consist of?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="31"/>
        <source>Órgano garante</source>
        <translation>Guarantor body</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="134"/>
        <source>    (dictamen propuesto por sus palabras; confírmelo en la ventana o con «cocreation edit comments {id} --set verdict={verdict}»)</source>
        <translation>    (verdict proposed from its words; confirm it in the window or with “cocreation edit comments {id} --set verdict={verdict}”)</translation>
    </message>
    <message>
        <source>    ↳ {author}: {text}</source>
        <translation type="vanished">    ↳ {author}: {text}</translation>
    </message>
    <message>
        <source>  p. {page}  {author}: {text}</source>
        <translation type="vanished">  p. {page}  {author}: {text}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="215"/>
        <source>  p. {page}  {kind} · {author}: {text} ({reason})</source>
        <translation>  p. {page}  {kind} · {author}: {text} ({reason})</translation>
    </message>
    <message>
        <source>  p. {page}  {kind}: {title} ← {author}: {text}</source>
        <translation type="vanished">  p. {page}  {kind}: {title} ← {author}: {text}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="197"/>
        <source>  p. {page}  {kind}: {title} ← {author}: {text} [{verdict}]</source>
        <translation>  p. {page}  {kind}: {title} ← {author}: {text} [{verdict}]</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="124"/>
        <source>  {id}  {verdict} · {author} · v{version}{flags}</source>
        <translation>  {id}  {verdict} · {author} · v{version}{flags}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="97"/>
        <source>  {when}  {source} → {target}  {author}  {note}</source>
        <translation>  {when}  {source} → {target}  {author}  {note}</translation>
    </message>
    <message>
        <source>(resaltado sin comentario)</source>
        <translation type="vanished">(highlight without a comment)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="392"/>
        <source>({kind} sin comentario)</source>
        <translation>({kind} without a comment)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/review.py" line="159"/>
        <source>Archivo de revisión guardado en {path}: %n observaciones.</source>
        <translation>
            <numerusform>Review file saved to {path}: %n review comment.</numerusform>
            <numerusform>Review file saved to {path}: %n review comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archivo de revisión guardado en {path}: {count} observaciones.</source>
        <translation type="vanished">Review file saved to {path}: {count} review comments.</translation>
    </message>
    <message>
        <source>Comentarios sin elemento ({count}): no están sobre ningún problema, solución, compromiso o hito; agréguelos a mano si hace falta:</source>
        <translation type="vanished">Comments without an item ({count}): they are not on any problem, solution, commitment or milestone; add them by hand if needed:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="208"/>
        <source>Comentarios sin elemento ({count}): no se pudieron ubicar sobre un problema, solución, compromiso o hito; agréguelos a mano si hace falta:</source>
        <translation>Comments without an item ({count}): they could not be placed on a problem, solution, commitment or milestone; add them by hand if needed:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="336"/>
        <source>Cuadro de texto</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="338"/>
        <source>Círculo</source>
        <translation>Circle</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="84"/>
        <source>El PDF tiene %Ln anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</source>
        <translation>
            <numerusform>The PDF has %Ln annotation; the limit is {limit} per file. Split the review into several files.</numerusform>
            <numerusform>The PDF has %Ln annotations; the limit is {limit} per file. Split the review into several files.</numerusform>
        </translation>
    </message>
    <message>
        <source>El PDF tiene {count} anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</source>
        <translation type="vanished">The PDF has {count} annotations; the limit is {limit} per file. Split the review into several files.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="146"/>
        <source>El plan de este PDF ({plan}) no está en esta base de datos; importe antes el paquete del plan.</source>
        <translation>The plan of this PDF ({plan}) is not in this database; import the plan's bundle first.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="459"/>
        <source>El plan ya está en estado «{status}».</source>
        <translation>The plan is already in status “{status}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="273"/>
        <source>Esta observación no tiene un dictamen por confirmar.</source>
        <translation>This observation has no verdict to confirm.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="64"/>
        <source>Estado del plan: {status} (borrador, versión {version}).</source>
        <translation>Plan status: {status} (draft, version {version}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="450"/>
        <source>Estado desconocido: «{status}». Estados: {choices}</source>
        <translation>Unknown status: “{status}”. Statuses: {choices}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="220"/>
        <source>La observación no tiene texto.</source>
        <translation>The review comment has no text.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="339"/>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="343"/>
        <source>Marca de inserción</source>
        <translation>Caret</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/review_file.py" line="46"/>
        <source>No existe el plan «{id}».</source>
        <translation>There is no plan “{id}”.</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="290"/>
        <source>No existe la observación «{id}».</source>
        <translation>There is no review comment “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="224"/>
        <location filename="../cocreation_app/services/review.py" line="511"/>
        <source>No existe {kind} con id «{id}».</source>
        <translation>There is no {kind} with id “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="224"/>
        <source>No se pudieron leer los comentarios de «{path}»: {reason}</source>
        <translation>Could not read the comments of “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="217"/>
        <source>No se pueden hacer observaciones a «{kind}».</source>
        <translation>Review comments cannot be made on “{kind}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="335"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="192"/>
        <source>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</source>
        <translation>Review comments added: {added}; already imported: {existing}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="54"/>
        <source>Observación atendida.</source>
        <translation>Review comment addressed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="52"/>
        <source>Observación marcada como pendiente.</source>
        <translation>Review comment marked as pending.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="369"/>
        <source>Persona revisora sin nombre</source>
        <translation>Unnamed reviewer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="341"/>
        <source>Polilínea</source>
        <translation>Polyline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="340"/>
        <source>Polígono</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="337"/>
        <source>Rectángulo</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="331"/>
        <source>Resaltado</source>
        <translation>Highlight</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/review.py" line="187"/>
        <source>Se agregarían %n observaciones; ya estaban importadas: {existing}.</source>
        <translation>
            <numerusform>%n review comment would be added; already imported: {existing}.</numerusform>
            <numerusform>%n review comments would be added; already imported: {existing}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se agregarían {added} observaciones; {existing} ya estaban importadas.</source>
        <translation type="vanished">{added} review comments would be added; {existing} were already imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="344"/>
        <source>Sello</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="390"/>
        <source>Sello «{name}»</source>
        <translation>Stamp “{name}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="108"/>
        <source>Sin observaciones.</source>
        <translation>No review comments.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="332"/>
        <source>Subrayado</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="334"/>
        <source>Subrayado ondulado</source>
        <translation>Squiggly underline</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="333"/>
        <source>Tachado</source>
        <translation>Strike-out</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="342"/>
        <source>Trazo a mano</source>
        <translation>Ink</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="121"/>
        <source>[{kind}] {title}</source>
        <translation>[{kind}] {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="117"/>
        <source>atendida</source>
        <translation>addressed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="119"/>
        <source>cambió desde el borrador {version}</source>
        <translation>changed since draft {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="109"/>
        <source>el PDF ya no tiene el mapa de elementos de esa página</source>
        <translation>the PDF no longer holds the item map of that page</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="106"/>
        <source>el elemento ya no existe</source>
        <translation>the item no longer exists</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="160"/>
        <source>el nombre de autoría tiene %Ln caracteres; el límite es {limit}</source>
        <translation>
            <numerusform>the author name has %Ln character; the limit is {limit}</numerusform>
            <numerusform>the author name has %Ln characters; the limit is {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>el nombre de autoría tiene {count} caracteres; el límite es {limit}</source>
        <translation type="vanished">the author name has {count} characters; the limit is {limit}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="262"/>
        <source>el texto de la anotación no es texto</source>
        <translation>the annotation’s text is not text</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="152"/>
        <source>el texto tiene %Ln caracteres; el límite es {limit}</source>
        <translation>
            <numerusform>the text has %Ln character; the limit is {limit}</numerusform>
            <numerusform>the text has %Ln characters; the limit is {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>el texto tiene {count} caracteres; el límite es {limit}</source>
        <translation type="vanished">the text has {count} characters; the limit is {limit}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="111"/>
        <source>la anotación está dañada</source>
        <translation>the annotation is damaged</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="133"/>
        <source>la anotación no es un diccionario</source>
        <translation>the annotation is not a dictionary</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="145"/>
        <source>la anotación no tiene posición válida</source>
        <translation>the annotation has no valid position</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="100"/>
        <source>la lista de anotaciones de la página no se puede leer</source>
        <translation>the page’s list of annotations cannot be read</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="108"/>
        <source>la página no coincide con el borrador (¿se mezclaron borradores?)</source>
        <translation>the page does not match the draft (were drafts mixed?)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="107"/>
        <source>la página no se reconoce como página del borrador</source>
        <translation>the page is not recognised as a page of the draft</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="105"/>
        <source>no está sobre ningún elemento</source>
        <translation>it is not on any item</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="110"/>
        <source>responde a un comentario que no se pudo ubicar</source>
        <translation>it replies to a comment that could not be placed</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="140"/>
        <source>tipo de anotación que no se importa ({kind})</source>
        <translation>annotation type that is not imported ({kind})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="384"/>
        <source>{kind}: «{words}»</source>
        <translation>{kind}: “{words}”</translation>
    </message>
    <message>
        <source>{line} (el elemento ya no existe)</source>
        <translation type="vanished">{line} (the item no longer exists)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="89"/>
        <source>{title}: {status}, borrador versión {version}.</source>
        <translation>{title}: {status}, draft version {version}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="241"/>
        <source>«{path}» es un borrador de Cocrea, pero el lector de PDF borró el mapa de sus elementos y no se puede saber sobre qué elemento está cada comentario. Pida que guarden los comentarios sobre el PDF original, o expórtelos desde el lector (FDF/XFDF) y agréguelos a mano.</source>
        <translation>“{path}” is a Cocrea draft, but the PDF reader deleted its item map, so there is no way to tell which item each comment is on. Ask for the comments to be saved on the original PDF, or export them from the reader (FDF/XFDF) and add them by hand.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="85"/>
        <source>«{path}» está incompleto o dañado: le falta el final (el archivo se cortó al copiarlo o al descargarlo). Los comentarios guardados al final se perderían; pida que se lo envíen de nuevo.</source>
        <translation>“{path}” is incomplete or damaged: its end is missing (the file was cut while copying or downloading it). The comments saved at its end would be lost; ask for it to be sent again.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="115"/>
        <source>«{path}» está protegido con contraseña. Pida una copia sin contraseña (en el lector de PDF: guardar sin seguridad).</source>
        <translation>“{path}” is protected by a password. Ask for a copy without a password (in the PDF reader: save without security).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="60"/>
        <source>«{path}» pesa {size} MB; el límite para importar comentarios es {limit} MB. Guarde el PDF sin imágenes agregadas o divida la revisión en varios archivos.</source>
        <translation>“{path}” is {size} MB; the limit for importing comments is {limit} MB. Save the PDF without added images or split the review into several files.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/returned_draft.py" line="100"/>
        <source>«{path}» tiene %Ln objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</source>
        <translation>
            <numerusform>“{path}” has %Ln PDF object; the limit for importing comments is {limit}. Remove the added pages or images, or split the review into several files.</numerusform>
            <numerusform>“{path}” has %Ln PDF objects; the limit for importing comments is {limit}. Remove the added pages or images, or split the review into several files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="93"/>
        <source>«{path}» tiene un comentario o un nombre de autoría de más de {limit} caracteres: no es una revisión que se pueda importar.</source>
        <translation>“{path}” has a comment or an author name of more than {limit} characters: it is not a review that can be imported.</translation>
    </message>
    <message>
        <source>«{path}» tiene {count} objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</source>
        <translation type="vanished">“{path}” has {count} PDF objects; the limit for importing comments is {limit}. Remove the added pages or images, or split the review into several files.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="146"/>
        <source>↳ {author}: {text}</source>
        <translation>↳ {author}: {text}</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message numerus="yes">
        <location filename="../cocreation_app/services/evidence.py" line="61"/>
        <location filename="../cocreation_app/services/evidence.py" line="62"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/checks.py" line="179"/>
        <source>%n talleres quedan fuera del periodo del plan ({start} a {end}): {workshops}. Se guardó; revise el periodo o la fecha de esos talleres.</source>
        <translation>
            <numerusform>%n workshop falls outside the plan's period ({start} to {end}): {workshops}. Saved; check the period or that workshop's date.</numerusform>
            <numerusform>%n workshops fall outside the plan's period ({start} to {end}): {workshops}. Saved; check the period or those workshops' dates.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="54"/>
        <location filename="../cocreation_app/services/entities.py" line="339"/>
        <source>Campo desconocido para {kind}: «{field}». Campos: {fields}</source>
        <translation>Unknown field for {kind}: “{field}”. Fields: {fields}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="107"/>
        <source>El archivo de evidencia {sha} está dañado en la base de datos.</source>
        <translation>The evidence file {sha} is damaged in the database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="250"/>
        <source>El taller y la persona de una asistencia no se cambian: retire esta asistencia y registre la correcta.</source>
        <translation>The workshop and the person of a check-in cannot be changed: withdraw this check-in and record the right one.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="293"/>
        <source>Esta base de datos no tiene el archivo «{name}».</source>
        <translation>This database does not hold the file “{name}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="201"/>
        <source>Esta persona ya tiene registrada la asistencia a este taller.</source>
        <translation>This person is already checked in at this workshop.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="373"/>
        <source>Faltan datos obligatorios: {fields}.</source>
        <translation>Required data missing: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="70"/>
        <source>La evidencia necesita un nombre de archivo.</source>
        <translation>The evidence needs a file name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="139"/>
        <source>La evidencia «{name}» se eliminó definitivamente: no se puede restaurar. No se cambió nada.</source>
        <translation>The evidence file “{name}” was deleted for good: it cannot be restored. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="99"/>
        <source>La fecha del taller ({date}) está fuera del periodo del plan ({start} a {end}). Se guardó; revise la fecha si no es lo que quería.</source>
        <translation>The workshop's date ({date}) is outside the plan's period ({start} to {end}). It was saved; check the date if that is not what you meant.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="53"/>
        <source>La persona no está registrada en el plan de este taller.</source>
        <translation>The person is not registered in this workshop's plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="81"/>
        <source>No existe el archivo «{path}».</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="343"/>
        <source>No existe el plan «{id}».</source>
        <translation>There is no plan “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="41"/>
        <source>No existe el taller o la persona indicada.</source>
        <translation>The workshop or the person given does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="311"/>
        <source>No existe la evidencia «{id}» (o ya se eliminó definitivamente).</source>
        <translation>There is no evidence file “{id}” (or it was already deleted for good).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="100"/>
        <source>No existe la persona indicada.</source>
        <translation>The person does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="113"/>
        <location filename="../cocreation_app/services/entities.py" line="280"/>
        <source>No existe {kind} con id «{id}».</source>
        <translation>There is no {kind} with id “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="430"/>
        <source>No hay un archivo de evidencia con la huella «{sha}» en esta base de datos.</source>
        <translation>There is no evidence file with the fingerprint “{sha}” in this database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="145"/>
        <source>No se puede restaurar la evidencia «{name}»: esta base de datos no tiene su archivo (se borró en otra computadora antes de llegar aquí). Restáurela en la computadora donde se borró y traiga su paquete. No se cambió nada.</source>
        <translation>The evidence file “{name}” cannot be restored: this database does not hold its file (it was deleted on another computer before it reached this one). Restore it on the computer where it was deleted and bring its bundle. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="412"/>
        <source>Para guardar datos personales, la persona debe aceptar el aviso de privacidad.</source>
        <translation>To save personal data, the person must accept the privacy notice.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="708"/>
        <source>Tipo de registro desconocido: «{kind}».</source>
        <translation>Unknown kind of record: “{kind}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="30"/>
        <source>Valor no válido para «{field}»: {reason}</source>
        <translation>Invalid value for “{field}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="128"/>
        <source>debe ser a lo más {maximum}</source>
        <translation>must be at most {maximum}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="126"/>
        <source>debe ser al menos {minimum}</source>
        <translation>must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="96"/>
        <source>se esperaba sí o no</source>
        <translation>expected yes or no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="46"/>
        <source>se esperaba texto</source>
        <translation>expected text</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="109"/>
        <location filename="../cocreation_app/services/values.py" line="111"/>
        <source>se esperaba un número</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="99"/>
        <location filename="../cocreation_app/services/values.py" line="103"/>
        <source>se esperaba un número entero</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="117"/>
        <location filename="../cocreation_app/services/values.py" line="119"/>
        <source>se esperaba una cantidad</source>
        <translation>expected an amount</translation>
    </message>
    <message>
        <source>se esperaba una fecha AAAA-MM-DD</source>
        <translation type="vanished">expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="86"/>
        <source>se esperaba una fecha como {example} o AAAA-MM-DD</source>
        <translation>expected a date such as {example} or YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="45"/>
        <source>{name} aún no acepta el aviso de privacidad: léale el aviso y registre su consentimiento antes de su asistencia.</source>
        <translation>{name} has not accepted the privacy notice yet: read them the notice and record their consent before checking them in.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="167"/>
        <source>«Ninguno» no se combina con otros valores.</source>
        <translation>“None” cannot be combined with other values.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="382"/>
        <source>«{end}» ({b}) no puede ser anterior a «{start}» ({a}).</source>
        <translation>“{end}” ({b}) cannot be earlier than “{start}” ({a}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="398"/>
        <location filename="../cocreation_app/services/entities.py" line="441"/>
        <source>«{field}» apunta a {kind} inexistente: «{id}».</source>
        <translation>“{field}” points to a {kind} that does not exist: “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="63"/>
        <source>«{field}»: «{value}» no parece un correo electrónico.</source>
        <translation>“{field}”: “{value}” does not look like an e-mail address.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="50"/>
        <source>«{field}»: «{value}» no parece un teléfono. Escriba de {low} a {high} dígitos; puede usar +, espacios, guiones y una extensión (p. ej. +52 961 123 4567 ext. 12).</source>
        <translation>“{field}”: “{value}” does not look like a phone number. Type {low} to {high} digits; you may use +, spaces, dashes and an extension (e.g. +52 961 123 4567 ext. 12).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="51"/>
        <source>«{item}» no tiene la forma CAMPO=VALOR.</source>
        <translation>“{item}” is not of the form FIELD=VALUE.</translation>
    </message>
    <message>
        <source>«{name}» pesa {size} bytes; el máximo para una evidencia es {limit} bytes.</source>
        <translation type="vanished">“{name}” is {size} bytes; an evidence file may be at most {limit} bytes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="59"/>
        <source>«{name}» pesa {size}; el máximo para una evidencia es {limit}.</source>
        <translation>“{name}” is {size}; an evidence file may be at most {limit}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="78"/>
        <source>«{progress}» es {value} % pero «{status}» dice «{label}»: ponga el avance en 0 o cambie el estado.</source>
        <translation>“{progress}” is {value} % but “{status}” says “{label}”: set the progress to 0 or change the status.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="139"/>
        <source>«{value}» no es una huella SHA-256.</source>
        <translation>“{value}” is not a SHA-256 fingerprint.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="56"/>
        <location filename="../cocreation_app/services/values.py" line="69"/>
        <source>«{value}» no es una opción; use una de: {choices}</source>
        <translation>“{value}” is not an option; use one of: {choices}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="157"/>
        <source>«{value}» no es una valoración válida de «{indicator}». Valores: {codes}</source>
        <translation>“{value}” is not a valid assessment of “{indicator}”. Values: {codes}</translation>
    </message>
    <message>
        <source>«{value}» no parece un correo electrónico.</source>
        <translation type="vanished">“{value}” does not look like an email address.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="313"/>
        <source>Autoevaluación al cierre</source>
        <translation>End-of-commitment self-assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="237"/>
        <source>Avance</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="154"/>
        <source>Avance al {date}. Sitio generado con Cocrea {version}; funciona sin conexión.</source>
        <translation>Progress as of {date}. Site made with Cocrea {version}; it works offline.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="165"/>
        <source>Avance del plan</source>
        <translation>The plan's progress</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="220"/>
        <source>Aún no hay reuniones de seguimiento.</source>
        <translation>No follow-up meetings yet.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="170"/>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="189"/>
        <source>Datos abiertos</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="246"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="93"/>
        <source>Evidencias no publicadas (pueden mostrar o nombrar personas): {count}</source>
        <translation>Unpublished evidence (may show or name people): {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="298"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="201"/>
        <source>Ficha de datos</source>
        <translation>Data card</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="206"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="250"/>
        <source>Hitos</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="297"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="140"/>
        <source>Inicio</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="238"/>
        <source>Institución responsable</source>
        <translation>Lead institution</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="203"/>
        <source>Licencia</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="192"/>
        <source>Los datos de este sitio, sin datos personales, en formato abierto (Frictionless Data Package, CSV en UTF-8).</source>
        <translation>This site's data, without personal data, in an open format (Frictionless Data Package, CSV in UTF-8).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="245"/>
        <source>Objetivo</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="199"/>
        <source>Paquete completo (zip)</source>
        <translation>Whole package (zip)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="166"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="298"/>
        <source>Por qué</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="278"/>
        <source>Reportes de avance</source>
        <translation>Progress updates</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="218"/>
        <source>Reuniones de seguimiento</source>
        <translation>Follow-up meetings</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="214"/>
        <source>Seguimiento del plan</source>
        <translation>Follow-up of the plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="281"/>
        <source>Sin reportes de avance.</source>
        <translation>No progress updates.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="293"/>
        <source>Sin valoraciones.</source>
        <translation>No assessments.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="206"/>
        <source>Tabla</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="291"/>
        <source>Valoraciones</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="297"/>
        <source>Valoración</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="241"/>
        <source>Valores de gobierno abierto</source>
        <translation>Open government values</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/site.py" line="226"/>
        <source>asistencia: %Ln personas</source>
        <translation>
            <numerusform>attendance: %Ln person</numerusform>
            <numerusform>attendance: %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>asistencia: {count} personas</source>
        <translation type="vanished">attendance: {count} people</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="176"/>
        <source>hitos vencidos: {count}</source>
        <translation>overdue milestones: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="285"/>
        <source>término</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="258"/>
        <source>vencido</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="167"/>
        <source>Órgano garante</source>
        <translation>Guarantor body</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="92"/>
        <source>No se pudo leer «{name}»: {reason}</source>
        <translation>Could not read «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="85"/>
        <source>«{name}» es demasiado grande para una lista de personas ({mb} MB).</source>
        <translation>«{name}» is too large for a list of people ({mb} MB).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="97"/>
        <source>«{name}» está vacío.</source>
        <translation>«{name}» is empty.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="55"/>
        <source>«{name}» no es una hoja de cálculo que Cocrea pueda leer (CSV o XLSX de Excel).</source>
        <translation>«{name}» is not a spreadsheet Cocrea can read (CSV or Excel XLSX).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="136"/>
        <source>«{name}» no se puede leer como CSV: {reason}</source>
        <translation>«{name}» cannot be read as CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="102"/>
        <source>«{name}» no tiene ninguna fila con datos.</source>
        <translation>«{name}» has no row with data.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="186"/>
        <source>«{name}»: elija un archivo .xlsx (Excel) o .csv.</source>
        <translation>«{name}»: choose an .xlsx (Excel) or .csv file.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="111"/>
        <source>El respaldo y la base de datos son el mismo archivo.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="195"/>
        <source>El servidor «{url}» no aceptó la contraseña del usuario «{user}» (o no la tiene). Escríbala de nuevo al abrir el servidor (se guarda en «{file}») o pídala a quien administra el servidor.</source>
        <translation>The server “{url}” did not accept the password of the user “{user}” (or has none for it). Type it again when opening the server (it is kept in “{file}”) or ask whoever runs the server.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="213"/>
        <source>El servidor «{url}» no permitió la operación: {reason}</source>
        <translation>The server “{url}” did not allow the operation: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="222"/>
        <source>Esta base de datos está en un servidor PostgreSQL: respáldela con «pg_dump -Fc» y restáurela con «pg_restore» (vea docs/install.md).</source>
        <translation>This database is on a PostgreSQL server: back it up with “pg_dump -Fc” and restore it with “pg_restore” (see docs/install.md).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="89"/>
        <location filename="../cocreation_app/storage/restore.py" line="98"/>
        <source>La base de datos está abierta en otra ventana o programa; ciérrelo y vuelva a intentar.</source>
        <translation>The database is open in another window or program; close it and try again.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="137"/>
        <source>La carpeta «{path}» tiene otros archivos; elija una carpeta vacía.</source>
        <translation>The folder “{path}” holds other files; choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="53"/>
        <source>La dirección del servidor no debe llevar la contraseña; guárdela en el archivo ~/.pgpass (o el que indique PGPASSFILE).</source>
        <translation>The server address must not contain the password; keep it in the file ~/.pgpass (or the one PGPASSFILE names).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="50"/>
        <source>La dirección del servidor no es válida.</source>
        <translation>The server address is not valid.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="59"/>
        <source>La dirección del servidor no indica la base de datos.</source>
        <translation>The server address does not name the database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="42"/>
        <source>No existe el archivo «{path}».</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="354"/>
        <location filename="../cocreation_app/storage/database.py" line="412"/>
        <source>No existe la base de datos «{path}». Créela con «cocreation init».</source>
        <translation>The database “{path}” does not exist. Create it with “cocreation init”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="360"/>
        <location filename="../cocreation_app/storage/files.py" line="57"/>
        <location filename="../cocreation_app/storage/files.py" line="129"/>
        <location filename="../cocreation_app/storage/restore.py" line="113"/>
        <source>No existe la carpeta «{folder}».</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="374"/>
        <source>No se pudo abrir «{path}»: {reason}</source>
        <translation>Could not open “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="202"/>
        <source>No se pudo conectar con el servidor «{url}»: {reason}</source>
        <translation>Could not connect to the server “{url}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="46"/>
        <source>No se pudo guardar «{path}»: {reason}.</source>
        <translation>Could not save “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="98"/>
        <source>No se puede leer «{path}»: permiso denegado.</source>
        <translation>Cannot read “{path}”: permission denied.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="102"/>
        <location filename="../cocreation_app/storage/restore.py" line="49"/>
        <source>No se puede leer «{path}»: {reason}</source>
        <translation>Cannot read “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/pgpass.py" line="48"/>
        <source>No se puede usar el archivo de contraseñas «{path}»: {reason}</source>
        <translation>The password file “{path}” cannot be used: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/storage/postgres.py" line="175"/>
        <source>Otra persona está escribiendo en el servidor (p. ej. importando paquetes) y se esperó %n segundos sin que terminara; no se guardó nada. Intente de nuevo en unos minutos.</source>
        <translation>
            <numerusform>Someone else is writing to the server (e.g. importing bundles) and Cocrea waited %n second without it finishing; nothing was saved. Try again in a few minutes.</numerusform>
            <numerusform>Someone else is writing to the server (e.g. importing bundles) and Cocrea waited %n seconds without it finishing; nothing was saved. Try again in a few minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="36"/>
        <source>el disco es de solo lectura</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="40"/>
        <source>error al escribir (¿el disco está lleno o se retiró?)</source>
        <translation>write error (is the disk full or was it removed?)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="34"/>
        <source>no hay espacio suficiente en el disco</source>
        <translation>there is not enough space on the disk</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="38"/>
        <source>permiso denegado</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="92"/>
        <source>«{path}» es una carpeta, no una base de datos.</source>
        <translation>“{path}” is a folder, not a database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="61"/>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation>“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="63"/>
        <location filename="../cocreation_app/storage/restore.py" line="68"/>
        <source>«{path}» está dañada y no se puede restaurar.</source>
        <translation>“{path}” is damaged and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="344"/>
        <location filename="../cocreation_app/storage/database.py" line="418"/>
        <source>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para abrirla.</source>
        <translation>“{path}” was created by a newer version of Cocrea; update the application to open it.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="73"/>
        <source>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para restaurarla.</source>
        <translation>“{path}” was created by a newer version of Cocrea; update the application to restore it.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="141"/>
        <source>«{path}» no es una base de datos de Cocrea o está dañada.</source>
        <translation>“{path}” is not a Cocrea database, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="105"/>
        <location filename="../cocreation_app/storage/database.py" line="337"/>
        <location filename="../cocreation_app/storage/database.py" line="408"/>
        <location filename="../cocreation_app/storage/restore.py" line="40"/>
        <source>«{path}» no es una base de datos de Cocrea.</source>
        <translation>“{path}” is not a Cocrea database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="133"/>
        <source>«{path}» ya existe y no es una carpeta.</source>
        <translation>“{path}” already exists and is not a folder.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="122"/>
        <source>%Ln actualizados</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="150"/>
        <location filename="../cocreation_app/cli/sync.py" line="157"/>
        <source>%Ln cambios nuevos</source>
        <translation>
            <numerusform>%Ln new change</numerusform>
            <numerusform>%Ln new changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="124"/>
        <location filename="../cocreation_app/cli/sync.py" line="151"/>
        <source>%Ln conflictos</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="158"/>
        <source>%Ln conflictos nuevos</source>
        <translation>
            <numerusform>%Ln new conflict</numerusform>
            <numerusform>%Ln new conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="121"/>
        <source>%Ln nuevos</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="123"/>
        <source>%Ln sin cambios</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="58"/>
        <source>Aviso: el paquete contiene datos personales sin cifrar; use --passphrase-file para cifrarlo o --no-personal-data para dejarlos fuera.</source>
        <translation>Warning: the bundle contains unencrypted personal data; use --passphrase-file to encrypt it or --no-personal-data to leave them out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="224"/>
        <source>Conflicto resuelto: %n registros eliminados.</source>
        <translation>
            <numerusform>Conflict resolved: %n record deleted.</numerusform>
            <numerusform>Conflict resolved: %n records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="222"/>
        <source>Conflicto resuelto: %n registros restaurados.</source>
        <translation>
            <numerusform>Conflict resolved: %n record restored.</numerusform>
            <numerusform>Conflict resolved: %n records restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicto resuelto: {count} registros eliminados.</source>
        <translation type="vanished">Conflict resolved: {count} records deleted.</translation>
    </message>
    <message>
        <source>Conflicto resuelto: {count} registros restaurados.</source>
        <translation type="vanished">Conflict resolved: {count} records restored.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="227"/>
        <source>Conflicto resuelto: {value}</source>
        <translation>Conflict resolved: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="71"/>
        <source>Contraseña incorrecta o archivo dañado.</source>
        <translation>Wrong passphrase or damaged file.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="205"/>
        <source>Cuelga de {kind} «{parent}», eliminado en {deleted_by} ({deleted_at}); creado en {created_by} ({created_at}). Resuelva con --restore-parent o --delete-orphan.</source>
        <translation>Belongs to {kind} “{parent}”, deleted on {deleted_by} ({deleted_at}); created on {created_by} ({created_at}). Resolve with --restore-parent or --delete-orphan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="130"/>
        <source>El archivo cifrado pide parámetros de scrypt (n={n}, r={r}, p={p}) que este equipo no puede calcular; no fue cifrado por Cocrea o está dañado.</source>
        <translation>The encrypted file asks for scrypt parameters (n={n}, r={r}, p={p}) that this computer cannot compute; it was not encrypted by Cocrea or it is damaged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="86"/>
        <source>El archivo cifrado pide un esfuerzo de descifrado fuera de los límites permitidos; puede estar dañado o ser malicioso.</source>
        <translation>The encrypted file asks for a decryption effort beyond the allowed limits; it may be damaged or malicious.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="117"/>
        <source>El archivo cifrado usa un método desconocido; actualice la aplicación.</source>
        <translation>The encrypted file uses an unknown method; update the application.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="40"/>
        <source>El archivo de contraseña «{path}» está vacío.</source>
        <translation>The passphrase file “{path}” is empty.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="161"/>
        <source>El archivo no es un paquete cifrado de Cocrea.</source>
        <translation>The file is not an encrypted Cocrea bundle.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="295"/>
        <source>El conflicto no tiene un valor con id «{id}».</source>
        <translation>The conflict has no value with id “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="168"/>
        <source>El paquete cifrado tiene la versión {version}, que esta aplicación no conoce; actualice la aplicación.</source>
        <translation>The encrypted bundle has version {version}, which this application does not know; update the application.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="159"/>
        <source>El paquete está cifrado; indique la contraseña (--passphrase-file).</source>
        <translation>The bundle is encrypted; give the passphrase (--passphrase-file).</translation>
    </message>
    <message>
        <source>El paquete no está cifrado, pero se indicó una contraseña.</source>
        <translation type="vanished">The bundle is not encrypted, but a passphrase was given.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="140"/>
        <source>El paquete no trae datos personales (seudónimos).</source>
        <translation>The bundle carries no personal data (pseudonyms).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="306"/>
        <source>El valor apunta a un registro inexistente.</source>
        <translation>The value points to a record that does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="110"/>
        <source>Este archivo se cifró con Argon2id, que esta instalación no admite; actualice la aplicación.</source>
        <translation>This file was encrypted with Argon2id, which this installation does not support; update the application.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="284"/>
        <source>Este conflicto es un registro cuyo registro superior se eliminó: restaure el superior o elimine el registro (--restore-parent o --delete-orphan).</source>
        <translation>This conflict is a record whose parent record was deleted: restore the parent or delete the record (--restore-parent or --delete-orphan).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="325"/>
        <source>Este conflicto no es un registro huérfano: indique el valor a conservar.</source>
        <translation>This conflict is not an orphaned record: give the value to keep.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="300"/>
        <source>Este dato es obligatorio; no puede quedar vacío.</source>
        <translation>This value is required; it cannot be left empty.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/devices.py" line="61"/>
        <source>Este equipo no puede marcarse a sí mismo como no confiable.</source>
        <translation>This device cannot mark itself as not trusted.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/export.py" line="242"/>
        <source>Falta el archivo de evidencia {sha} en esta base de datos.</source>
        <translation>The evidence file {sha} is missing from this database.</translation>
    </message>
    <message>
        <source>Importado: {new} cambios nuevos, {conflicts} conflictos nuevos.</source>
        <translation type="vanished">Imported: {new} new changes, {conflicts} new conflicts.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="156"/>
        <source>Importado: {new}, {conflicts}.</source>
        <translation>Imported: {new}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="103"/>
        <source>Importados {good} de %n archivos.</source>
        <translation>
            <numerusform>Imported {good} of %n file.</numerusform>
            <numerusform>Imported {good} of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importados {good} de {total} archivos.</source>
        <translation type="vanished">Imported {good} of {total} files.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="291"/>
        <source>Indique el valor a conservar o un valor nuevo, no ambos.</source>
        <translation>Give either the value to keep or a new value, not both.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="148"/>
        <source>La contraseña no puede estar vacía.</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="146"/>
        <source>Nada nuevo: los %Ln cambios ya estaban en esta base de datos.</source>
        <translation>
            <numerusform>Nothing new: the %Ln change was already in this database.</numerusform>
            <numerusform>Nothing new: the %Ln changes were already in this database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nada nuevo: los {count} cambios ya estaban en esta base de datos.</source>
        <translation type="vanished">Nothing new: the {count} changes were already in this database.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="136"/>
        <source>No existe el archivo «{path}».</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="273"/>
        <source>No existe el conflicto «{id}».</source>
        <translation>There is no conflict “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/export.py" line="167"/>
        <source>No existe el plan «{id}».</source>
        <translation>There is no plan “{id}”.</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">The folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="159"/>
        <source>No existe la persona participante «{id}».</source>
        <translation>There is no participant “{id}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/devices.py" line="66"/>
        <source>No se conoce ningún equipo con id «{id}».</source>
        <translation>No device with id «{id}» is known.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="73"/>
        <source>No se encontró ningún archivo .cocrea.</source>
        <translation>No .cocrea file was found.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="179"/>
        <source>No se pudo escribir en la base de datos: {reason}</source>
        <translation>Could not write to the database: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="35"/>
        <source>No se pudo leer el archivo de contraseña «{path}».</source>
        <translation>Could not read the passphrase file “{path}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="126"/>
        <source>No se pudo leer «{path}»: {reason}</source>
        <translation>Could not read “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="149"/>
        <source>No se puede fusionar a una persona consigo misma.</source>
        <translation>A person cannot be merged with themselves.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="137"/>
        <source>Origen: {origin}; creado: {created}</source>
        <translation>Source: {origin}; created: {created}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="53"/>
        <source>Paquete guardado en {path}: %Ln cambios.</source>
        <translation>
            <numerusform>Bundle saved to {path}: %Ln change.</numerusform>
            <numerusform>Bundle saved to {path}: %Ln changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquete guardado en {path}: {count} cambios.</source>
        <translation type="vanished">Bundle saved to {path}: {count} changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="106"/>
        <source>Paquete rechazado: dice venir de «{device}» pero está firmado con otra clave ({other}) que la conocida para ese equipo ({known}); puede ser una falsificación. No se importó nada.</source>
        <translation>Bundle refused: it says it comes from «{device}» but it is signed with another key ({other}) than the one known for that device ({known}); it may be a forgery. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="100"/>
        <source>Paquete rechazado: dice venir de «{device}», cuya clave ya se conoce, pero no está firmado; puede ser una falsificación. No se importó nada.</source>
        <translation>Bundle refused: it says it comes from «{device}», whose key is known, but it is not signed; it may be a forgery. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="195"/>
        <source>Paquete rechazado: el cambio {seq} de «{device}» que trae este paquete de «{origin}» no es el cambio {seq} de «{device}» que ya tiene esta base de datos («{here}»): dos copias de una misma base de datos escribieron con la misma identidad. No se importó nada de este archivo; ninguna de las dos versiones del cambio se descartó en silencio.</source>
        <translation>Bundle refused: change {seq} of «{device}» in this bundle from «{origin}» is not the change {seq} of «{device}» this database («{here}») already holds: two copies of one database wrote under the same identity. Nothing of this file was imported; neither version of the change was silently dropped.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="173"/>
        <source>Paquete rechazado: hace referencia a registros que no existen o se contradice con esta base de datos; no se importó nada.</source>
        <translation>Bundle rejected: it refers to records that do not exist or contradicts this database; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="100"/>
        <source>Paquete rechazado: {reason}</source>
        <translation>Bundle rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="91"/>
        <source>Paquete rechazado: «{device}» está marcado como no confiable en esta base de datos; no se importó nada.</source>
        <translation>Bundle refused: «{device}» is marked as not trusted in this database; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="112"/>
        <source>Plan «{plan}»</source>
        <translation>Plan “{plan}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="191"/>
        <source>Posible duplicado ({reasons}):</source>
        <translation>Possible duplicate ({reasons}):</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="233"/>
        <source>Registros fusionados; asistencias trasladadas: {count}</source>
        <translation>Records merged; attendance records moved: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/sync/importer.py" line="307"/>
        <source>Se dejaron fuera %n cambios de «{device}» que no llevan su firma: pueden ser falsificaciones; lo demás se importó.</source>
        <translation>
            <numerusform>Left out %n change of “{device}” that does not carry its signature: it may be a forgery; the rest was imported.</numerusform>
            <numerusform>Left out %n changes of “{device}” that do not carry its signature: they may be forgeries; the rest was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se dejaron fuera %n cambios de «{device}» que trajo este paquete sin la firma de «{device}»: pueden ser falsificaciones; lo demás se importó.</source>
        <translation type="vanished">
            <numerusform>Left out %n change of “{device}” that this bundle carried without “{device}”’s signature: it may be a forgery; the rest was imported.</numerusform>
            <numerusform>Left out %n changes of “{device}” that this bundle carried without “{device}”’s signature: they may be forgeries; the rest was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="55"/>
        <source>Sin datos personales: nombres reemplazados por seudónimos, sin contacto.</source>
        <translation>No personal data: names replaced by pseudonyms, no contact details.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="105"/>
        <source>Sin importar (de ellos no se escribió nada): {files}.</source>
        <translation>Not imported (nothing of them was written): {files}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="114"/>
        <source>Sin plan</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="166"/>
        <source>Solo se fusionan personas del mismo plan.</source>
        <translation>Only people of the same plan can be merged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="101"/>
        <source>Vista previa de {good} de %n archivos.</source>
        <translation>
            <numerusform>Previewed {good} of %n file.</numerusform>
            <numerusform>Previewed {good} of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vista previa de {good} de {total} archivos.</source>
        <translation type="vanished">Previewed {good} of {total} files.</translation>
    </message>
    <message>
        <source>Vista previa: {new} cambios nuevos, {conflicts} conflictos; no se guardó nada.</source>
        <translation type="vanished">Preview: {new} new changes, {conflicts} conflicts; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="149"/>
        <source>Vista previa: {new}, {conflicts}; no se guardó nada.</source>
        <translation>Preview: {new}, {conflicts}; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="86"/>
        <source>Ya importados antes del error: {files}.</source>
        <translation>Already imported before the error: {files}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="248"/>
        <source>archivo interno no permitido: «{name}».</source>
        <translation>internal file not allowed: “{name}”.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/zipguard.py" line="76"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="82"/>
        <source>archivos internos superpuestos («{name}»): posible bomba zip.</source>
        <translation>overlapping internal files (“{name}”): possible zip bomb.</translation>
    </message>
    <message>
        <source>campos inesperados</source>
        <translation type="vanished">unexpected fields</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="253"/>
        <source>compresión o cifrado de zip no permitidos.</source>
        <translation>zip compression or encryption not allowed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="383"/>
        <source>dice haber sido creado el {created}, más de 50 años después de la fecha de este equipo ({now}): un reloj tan adelantado es una falla o una falsificación.</source>
        <translation>it says it was created on {created}, more than 50 years after this computer's date ({now}): a clock so far ahead is a fault or a forgery.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="139"/>
        <location filename="../cocreation_app/sync/bundle.py" line="155"/>
        <source>el archivo es demasiado grande.</source>
        <translation>the file is too large.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="228"/>
        <source>el archivo está dañado o fue modificado (la suma de verificación no coincide).</source>
        <translation>the file is damaged or was modified (the checksum does not match).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="171"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="47"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="50"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="62"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="65"/>
        <source>el archivo no es un zip válido o está dañado.</source>
        <translation>the file is not a valid zip or is damaged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="558"/>
        <source>el cambio {index} de «{member}» no es válido ({what}).</source>
        <translation>change {index} of “{member}” is not valid ({what}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="394"/>
        <source>el cambio {index} de «{member}» tiene un reloj del {time}, posterior en más de un día a la fecha del paquete y a la de este equipo (hasta {horizon}); adoptarlo adelantaría el reloj de esta base de datos.</source>
        <translation>change {index} of «{member}» has a clock of {time}, more than a day after both the bundle's date and this computer's (up to {horizon}); adopting it would move this database's clock ahead.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="264"/>
        <source>el contenido es demasiado grande.</source>
        <translation>the content is too large.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="62"/>
        <source>el contenido no corresponde a su firma: se modificó después de firmarse.</source>
        <translation>the content does not match its signature: it was changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="228"/>
        <source>el manifiesto no tiene la forma esperada.</source>
        <translation>the manifest does not have the expected form.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="193"/>
        <source>el número de cambios no coincide con el manifiesto.</source>
        <translation>the number of changes does not match the manifest.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="236"/>
        <source>el paquete tiene la versión de formato {version}, que esta aplicación no conoce; actualice la aplicación.</source>
        <translation>the bundle has format version {version}, which this application does not know; update the application.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="132"/>
        <source>error: {reason}</source>
        <translation>error: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="266"/>
        <source>falta el manifiesto.</source>
        <translation>the manifest is missing.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="55"/>
        <source>la firma del paquete falta o no tiene la forma esperada.</source>
        <translation>the bundle's signature is missing or malformed.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="218"/>
        <source>los archivos de evidencia no coinciden con los cambios.</source>
        <translation>its evidence files do not match its changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="179"/>
        <source>los archivos internos no coinciden con el manifiesto.</source>
        <translation>the internal files do not match the manifest.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="50"/>
        <source>mismo correo</source>
        <translation>same email</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="49"/>
        <source>mismo nombre</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="51"/>
        <source>mismo teléfono</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="224"/>
        <source>no es un paquete de Cocrea o está incompleto.</source>
        <translation>it is not a Cocrea bundle, or it is incomplete.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="232"/>
        <source>no es un paquete de Cocrea.</source>
        <translation>it is not a Cocrea bundle.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="497"/>
        <source>no tiene la forma de un cambio</source>
        <translation>it does not have the shape of a change</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="243"/>
        <source>nombre de archivo interno no permitido: «{name}».</source>
        <translation>internal file name not allowed: “{name}”.</translation>
    </message>
    <message>
        <source>sus cambios no coinciden con los que ya tiene esta base de datos.</source>
        <translation type="vanished">its changes do not match those this database already has.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="294"/>
        <source>tiene cambios repetidos o incoherentes.</source>
        <translation>it has repeated or inconsistent changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="236"/>
        <location filename="../cocreation_app/sync/format.py" line="282"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="29"/>
        <source>tiene demasiados archivos internos.</source>
        <translation>it has too many internal files.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="538"/>
        <source>tipo o campo desconocido</source>
        <translation>unknown kind or field</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="353"/>
        <source>un archivo de evidencia es demasiado grande.</source>
        <translation>an evidence file is too large.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="216"/>
        <source>una evidencia no tiene una huella SHA-256 válida.</source>
        <translation>an evidence record has no valid SHA-256 fingerprint.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="548"/>
        <source>valor no válido para «{field}»</source>
        <translation>invalid value for “{field}”</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="116"/>
        <source>{where}, taller «{workshop}»</source>
        <translation>{where}, workshop “{workshop}”</translation>
    </message>
    <message>
        <source>{where}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos</source>
        <translation type="vanished">{where}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="119"/>
        <source>{where}: {new}, {updated}, {unchanged}, {conflicts}</source>
        <translation>{where}: {new}, {updated}, {unchanged}, {conflicts}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="283"/>
        <location filename="../cocreation_app/sync/bundle.py" line="285"/>
        <source>«{member}» está dañado.</source>
        <translation>“{member}” is damaged.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="187"/>
        <location filename="../cocreation_app/sync/bundle.py" line="205"/>
        <source>«{member}» no coincide con su suma de verificación.</source>
        <translation>“{member}” does not match its checksum.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="128"/>
        <source>«{member}» no es JSON válido.</source>
        <translation>“{member}” is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="485"/>
        <source>«{member}» no es una lista de cambios.</source>
        <translation>“{member}” is not a list of changes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="258"/>
        <source>«{name}» es demasiado grande.</source>
        <translation>“{name}” is too large.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="260"/>
        <source>«{name}» está comprimido de forma sospechosa.</source>
        <translation>“{name}” is compressed suspiciously.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="163"/>
        <source>«{name}» ya fue fusionada con otro registro.</source>
        <translation>“{name}” was already merged into another record.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="131"/>
        <source>«{path}»: {reason}</source>
        <translation>“{path}”: {reason}</translation>
    </message>
</context>
</TS>
