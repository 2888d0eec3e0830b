<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="es_MX">
<context>
    <name>App</name>
    <message>
        <location filename="../cocreation_app/ui/app.py" line="67"/>
        <source>No se pudo crear la carpeta de datos «{folder}»: {reason}</source>
        <translation>No se pudo crear la carpeta de datos «{folder}»: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="141"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="126"/>
        <source>Indicador</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="143"/>
        <source>Por qué</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="139"/>
        <source>Quién valora</source>
        <translation>Quién valora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="128"/>
        <source>Valoración</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="121"/>
        <source>Valorar: {title}</source>
        <translation>Valorar: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="137"/>
        <source>Valores</source>
        <translation>Valores</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="95"/>
        <source>Cancelando…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="71"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/worker.py" line="73"/>
        <source>Exportando</source>
        <translation>Exportando</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="55"/>
        <source>Respaldo restaurado. La base de datos anterior se guardó en {path}</source>
        <translation>Respaldo restaurado. La base de datos anterior se guardó en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="60"/>
        <source>Restaurar &amp;respaldo…</source>
        <translation>Restaurar &amp;respaldo…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="34"/>
        <source>Restaurar respaldo</source>
        <translation>Restaurar respaldo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/backup/feature.py" line="40"/>
        <source>¿Reemplazar la base de datos abierta por el respaldo «{name}»? La base de datos actual se guardará antes en la carpeta de respaldos automáticos.</source>
        <translation>¿Reemplazar la base de datos abierta por el respaldo «{name}»? La base de datos actual se guardará antes en la carpeta de respaldos automáticos.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="66"/>
        <source>&amp;Registrar asistencia (Enter)</source>
        <translation>&amp;Registrar asistencia (Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="119"/>
        <source>Elija o cree un taller para registrar asistencia.</source>
        <translation>Elija o cree un taller para registrar asistencia.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="136"/>
        <source>En la sala: {count}</source>
        <translation>En la sala: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="42"/>
        <location filename="../cocreation_app/ui/checkin/view.py" line="43"/>
        <source>Escriba parte del nombre y pulse Enter para registrar la asistencia de la persona seleccionada. Flechas para elegir otra; Ctrl+Z deshace.</source>
        <translation>Escriba parte del nombre y pulse Enter para registrar la asistencia de la persona seleccionada. Flechas para elegir otra; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="50"/>
        <location filename="../cocreation_app/ui/checkin/view.py" line="51"/>
        <source>Modo revisión: la asistencia se consulta, pero no se registra. Escriba parte del nombre para buscar a una persona.</source>
        <translation>Modo revisión: la asistencia se consulta, pero no se registra. Escriba parte del nombre para buscar a una persona.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="142"/>
        <source>Por género</source>
        <translation>Por género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="138"/>
        <source>Por sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="152"/>
        <source>Primero elija o cree un taller.</source>
        <translation>Primero elija o cree un taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/checkin/view.py" line="166"/>
        <source>{name} ya estaba en la sala.</source>
        <translation>{name} ya estaba en la sala.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="72"/>
        <source>Agregar {kind}</source>
        <translation>Agregar {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="51"/>
        <source>Deshecho: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="104"/>
        <source>Editar {kind}</source>
        <translation>Editar {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="132"/>
        <source>Eliminar {kind}</source>
        <translation>Eliminar {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="149"/>
        <source>Registrar asistencia de {name}</source>
        <translation>Registrar asistencia de {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commands.py" line="48"/>
        <source>Rehecho: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="66"/>
        <source>Análisis del compromiso</source>
        <translation>Análisis del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="64"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="60"/>
        <source>Datos generales</source>
        <translation>Datos generales</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="100"/>
        <source>Eliminar h&amp;ito</source>
        <translation>Eliminar h&amp;ito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="107"/>
        <source>Ficha del compromiso</source>
        <translation>Ficha del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="108"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="70"/>
        <source>Institución responsable y contacto</source>
        <translation>Institución responsable y contacto</translation>
    </message>
    <message>
        <source>Nuevo &amp;hito</source>
        <translation type="vanished">Nuevo &amp;hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="99"/>
        <source>Nuevo hit&amp;o</source>
        <translation>Nuevo hit&amp;o</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="80"/>
        <source>Otros actores involucrados</source>
        <translation>Otros actores involucrados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="63"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <source>&lt;b&gt;Completitud&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Completitud&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="196"/>
        <source>Completitud</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="207"/>
        <source>Completitud: {percent}</source>
        <translation>Completitud: {percent}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="197"/>
        <source>Elija o cree un compromiso.</source>
        <translation>Elija o cree un compromiso.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="232"/>
        <source>Falta para completarlo:</source>
        <translation>Falta para completarlo:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="213"/>
        <source>Listo: el compromiso y sus hitos están completos.</source>
        <translation>Listo: el compromiso y sus hitos están completos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/view.py" line="180"/>
        <location filename="../cocreation_app/ui/commitments/view.py" line="181"/>
        <source>Un hito es verificable cuando indica entregable, medio de verificación, responsable y fechas de inicio y término.</source>
        <translation>Un hito es verificable cuando indica entregable, medio de verificación, responsable y fechas de inicio y término.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="51"/>
        <source>(vacío)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="293"/>
        <source>Conflicto resuelto.</source>
        <translation>Conflicto resuelto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="124"/>
        <source>Conservar el valor seleccionado</source>
        <translation>Conservar el valor seleccionado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Cuándo</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="68"/>
        <source>Eliminado</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="233"/>
        <source>Eliminar {kind} «{label}»</source>
        <translation>Eliminar {kind} «{label}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="128"/>
        <source>Guardar valor combinado</source>
        <translation>Guardar valor combinado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="136"/>
        <source>Modo revisión: los conflictos se consultan, pero no se resuelven.</source>
        <translation>Modo revisión: los conflictos se consultan, pero no se resuelven.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="134"/>
        <source>No hay conflictos: todos los cambios importados concuerdan.</source>
        <translation>No hay conflictos: todos los cambios importados concuerdan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Quién</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="227"/>
        <source>Restaurar {kind} «{label}»</source>
        <translation>Restaurar {kind} «{label}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="118"/>
        <source>Valor</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="127"/>
        <source>o escriba un valor combinado</source>
        <translation>o escriba un valor combinado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="63"/>
        <source>su registro superior se eliminó</source>
        <translation>su registro superior se eliminó</translation>
    </message>
    <message>
        <source>sí</source>
        <translation type="vanished">sí</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="90"/>
        <source>{kind} «{label}» se agregó en {created_by} ({created_at}) bajo {parent_kind} «{parent}», que se eliminó en {deleted_by} ({deleted_at}). Ninguna vista lo muestra mientras su registro superior siga eliminado: restaure el superior o elimine el registro.</source>
        <translation>{kind} «{label}» se agregó en {created_by} ({created_at}) bajo {parent_kind} «{parent}», que se eliminó en {deleted_by} ({deleted_at}). Ninguna vista lo muestra mientras su registro superior siga eliminado: restaure el superior o elimine el registro.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="199"/>
        <source>{kind}: {label} — {field}</source>
        <translation>{kind}: {label} — {field}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="249"/>
        <source>{value}  (actual)</source>
        <translation>{value}  (actual)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/conflicts_view.py" line="240"/>
        <source>«{field}» se cambió en dos computadoras sin que una viera el cambio de la otra.</source>
        <translation>«{field}» se cambió en dos computadoras sin que una viera el cambio de la otra.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="113"/>
        <source>Sin consentimiento no se registra la asistencia de {name}.</source>
        <translation>Sin consentimiento no se registra la asistencia de {name}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="49"/>
        <location filename="../cocreation_app/ui/lists/consent.py" line="50"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; viene de la lista de preregistro y aún no acepta el aviso de privacidad. Léale el aviso antes de registrar su asistencia:</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; viene de la lista de preregistro y aún no acepta el aviso de privacidad. Léale el aviso antes de registrar su asistencia:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="77"/>
        <source>Acepta fotografías</source>
        <translation>Acepta fotografías</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="76"/>
        <source>Acepta publicar su nombre</source>
        <translation>Acepta publicar su nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="75"/>
        <source>Acepta ser contactada</source>
        <translation>Acepta ser contactada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="45"/>
        <source>Aviso de privacidad</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="86"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="60"/>
        <location filename="../cocreation_app/ui/lists/consent.py" line="61"/>
        <source>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar la asistencia de personas preregistradas.</source>
        <translation>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar la asistencia de personas preregistradas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="67"/>
        <source>Leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation>Leyó y acepta el aviso de privacidad (versión {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="71"/>
        <source>Leyó y acepta el aviso de privacidad *</source>
        <translation>Leyó y acepta el aviso de privacidad *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/consent.py" line="84"/>
        <source>Registrar consentimiento y asistencia</source>
        <translation>Registrar consentimiento y asistencia</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="31"/>
        <source>(no se pudo escribir el archivo)</source>
        <translation>(no se pudo escribir el archivo)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="34"/>
        <source>Error inesperado</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="28"/>
        <source>No se pudo completar</source>
        <translation>No se pudo completar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/crash.py" line="35"/>
        <source>Ocurrió un error inesperado. Sus datos guardados están a salvo.

Los detalles se guardaron en:
{path}

Envíe ese archivo a quien le da soporte.</source>
        <translation>Ocurrió un error inesperado. Sus datos guardados están a salvo.

Los detalles se guardaron en:
{path}

Envíe ese archivo a quien le da soporte.</translation>
    </message>
</context>
<context>
    <name>DatabaseMenu</name>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="132"/>
        <source>&amp;Abrir base de datos…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="129"/>
        <source>&amp;Nueva base de datos…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="141"/>
        <source>&amp;Respaldar…</source>
        <translation>&amp;Respaldar…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="67"/>
        <source>Abrir base de datos</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="135"/>
        <source>Abrir base de datos en un &amp;servidor…</source>
        <translation>Abrir base de datos en un &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="137"/>
        <source>Abrir la &amp;demostración</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="41"/>
        <location filename="../cocreation_app/ui/database/feature.py" line="103"/>
        <source>Base de datos abierta: {path}</source>
        <translation>Base de datos abierta: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="54"/>
        <source>Demostración abierta: {path}</source>
        <translation>Demostración abierta: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="119"/>
        <source>No se pudo guardar el respaldo en «{path}»: {reason}</source>
        <translation>No se pudo guardar el respaldo en «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="59"/>
        <source>Nueva base de datos</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="112"/>
        <source>Respaldar</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/feature.py" line="124"/>
        <source>Respaldo guardado en {path}</source>
        <translation>Respaldo guardado en {path}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="45"/>
        <source>Calendario</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="40"/>
        <source>Elegir en el calendario (F4)</source>
        <translation>Elegir en el calendario (F4)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/date_field.py" line="36"/>
        <source>p. ej. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="71"/>
        <source>(sin nombre)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Confianza</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Equipo</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="36"/>
        <source>Equipos</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Huella de la clave</source>
        <translation>Huella de la clave</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="50"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="39"/>
        <source>La clave de cada equipo se fija la primera vez que llega un paquete suyo; un paquete que diga venir de él firmado con otra clave se rechaza. Compare la huella con la que muestra el otro equipo. Los paquetes de un equipo no confiable se rechazan.</source>
        <translation>La clave de cada equipo se fija la primera vez que llega un paquete suyo; un paquete que diga venir de él firmado con otra clave se rechaza. Compare la huella con la que muestra el otro equipo. Los paquetes de un equipo no confiable se rechazan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="55"/>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="94"/>
        <source>Marcar como no confiable</source>
        <translation>Marcar como no confiable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="94"/>
        <source>Volver a confiar</source>
        <translation>Volver a confiar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="74"/>
        <source>confiable</source>
        <translation>confiable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="74"/>
        <source>no confiable</source>
        <translation>no confiable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="75"/>
        <source>sin clave todavía</source>
        <translation>sin clave todavía</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/devices_dialog.py" line="73"/>
        <source>{name} (este equipo)</source>
        <translation>{name} (este equipo)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="39"/>
        <source>Al fusionar se conservan las asistencias de ambos registros y, de cada consentimiento, la respuesta más protectora.</source>
        <translation>Al fusionar se conservan las asistencias de ambos registros y, de cada consentimiento, la respuesta más protectora.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Correo</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="50"/>
        <source>Fusionar el grupo seleccionado</source>
        <translation>Fusionar el grupo seleccionado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="36"/>
        <source>Personas duplicadas</source>
        <translation>Personas duplicadas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="67"/>
        <source>Posible duplicado ({reasons})</source>
        <translation>Posible duplicado ({reasons})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="108"/>
        <source>Registros fusionados.</source>
        <translation>Registros fusionados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="47"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/duplicates_dialog.py" line="73"/>
        <source>{name}  (se conserva)</source>
        <translation>{name}  (se conserva)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../cocreation_app/failures.py" line="75"/>
        <source>El disco está lleno; no se guardó nada.</source>
        <translation>El disco está lleno; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="73"/>
        <source>La base de datos está ocupada por otro programa; intente de nuevo.</source>
        <translation>La base de datos está ocupada por otro programa; intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="76"/>
        <source>No se pudo usar la base de datos: {reason}</source>
        <translation>No se pudo usar la base de datos: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/failures.py" line="80"/>
        <source>«{path}»: {reason}</source>
        <translation>«{path}»: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="75"/>
        <source>&amp;Abrir el PDF al terminar</source>
        <translation>&amp;Abrir el PDF al terminar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="83"/>
        <source>&amp;Elegir archivo y exportar…</source>
        <translation>&amp;Elegir archivo y exportar…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="74"/>
        <source>&amp;Papel:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="73"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="84"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="72"/>
        <source>Carta</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="48"/>
        <source>Con los nombres de las personas registradas</source>
        <translation>Con los nombres de las personas registradas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="49"/>
        <source>En blanco, para llenar a mano</source>
        <translation>En blanco, para llenar a mano</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="65"/>
        <source>Filas vacías al final:</source>
        <translation>Filas vacías al final:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/options.py" line="64"/>
        <source>Lista:</source>
        <translation>Lista:</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="36"/>
        <source>&amp;Lista de asistencia (PDF)…</source>
        <translation>&amp;Lista de asistencia (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="33"/>
        <source>Borrador del &amp;plan (PDF)…</source>
        <translation>Borrador del &amp;plan (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="68"/>
        <source>Borrador del plan guardado en {path}</source>
        <translation>Borrador del plan guardado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="51"/>
        <source>El borrador del Plan de Acción Local en PDF: portada, contenido, problemas, propuestas, compromisos e hitos. Un plan grande tarda unos segundos.</source>
        <translation>El borrador del Plan de Acción Local en PDF: portada, contenido, problemas, propuestas, compromisos e hitos. Un plan grande tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="47"/>
        <source>Elija o cree primero un plan.</source>
        <translation>Elija o cree primero un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="77"/>
        <source>Elija o cree primero un taller.</source>
        <translation>Elija o cree primero un taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="131"/>
        <source>Exportación cancelada; no se guardó ningún archivo.</source>
        <translation>Exportación cancelada; no se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="50"/>
        <source>Exportar el borrador del plan</source>
        <translation>Exportar el borrador del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="80"/>
        <source>Exportar la lista de asistencia</source>
        <translation>Exportar la lista de asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="66"/>
        <source>Generando el borrador del plan…</source>
        <translation>Generando el borrador del plan…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="104"/>
        <source>Generando la lista de asistencia…</source>
        <translation>Generando la lista de asistencia…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="81"/>
        <source>La hoja para firmar del taller actual, con el aviso de privacidad y las casillas de consentimiento. Los datos de contacto nunca se imprimen.</source>
        <translation>La hoja para firmar del taller actual, con el aviso de privacidad y las casillas de consentimiento. Los datos de contacto nunca se imprimen.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="106"/>
        <source>Lista de asistencia guardada en {path}</source>
        <translation>Lista de asistencia guardada en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="140"/>
        <source>No se pudo abrir el visor de PDF; el archivo está en {path}</source>
        <translation>No se pudo abrir el visor de PDF; el archivo está en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="65"/>
        <source>borrador-del-plan.pdf</source>
        <translation>borrador-del-plan.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/exports/feature.py" line="103"/>
        <source>lista-de-asistencia.pdf</source>
        <translation>lista-de-asistencia.pdf</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="160"/>
        <source>(registro no disponible)</source>
        <translation>(registro no disponible)</translation>
    </message>
    <message>
        <source>AAAA-MM-DD</source>
        <translation type="vanished">AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="28"/>
        <source>&amp;Datos abiertos (zip)…</source>
        <translation>&amp;Datos abiertos (zip)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="31"/>
        <source>&amp;Sitio de seguimiento (carpeta)…</source>
        <translation>&amp;Sitio de seguimiento (carpeta)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="90"/>
        <source>Carpeta donde guardar el sitio</source>
        <translation>Carpeta donde guardar el sitio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="78"/>
        <source>Datos abiertos guardados en {path}</source>
        <translation>Datos abiertos guardados en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="39"/>
        <source>Elija primero un plan.</source>
        <translation>Elija primero un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="70"/>
        <source>Exportar datos abiertos</source>
        <translation>Exportar datos abiertos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="55"/>
        <source>Exportar informe de avance</source>
        <translation>Exportar informe de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="25"/>
        <source>Informe de &amp;avance (PDF)…</source>
        <translation>Informe de &amp;avance (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="59"/>
        <source>Informe de avance guardado en {path}</source>
        <translation>Informe de avance guardado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="97"/>
        <source>Sitio guardado en {path}; abra index.html.</source>
        <translation>Sitio guardado en {path}; abra index.html.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="70"/>
        <source>datos-abiertos.zip</source>
        <translation>datos-abiertos.zip</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="55"/>
        <source>informe-de-avance.pdf</source>
        <translation>informe-de-avance.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="93"/>
        <source>sitio-de-seguimiento</source>
        <translation>sitio-de-seguimiento</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="53"/>
        <source>&amp;Reportar avance…</source>
        <translation>&amp;Reportar avance…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="55"/>
        <source>&amp;Valorar compromiso…</source>
        <translation>&amp;Valorar compromiso…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="93"/>
        <source>Avance del plan: {progress}</source>
        <translation>Avance del plan: {progress}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="197"/>
        <source>Avance reportado.</source>
        <translation>Avance reportado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="59"/>
        <location filename="../cocreation_app/ui/followup/view.py" line="60"/>
        <source>Borra la evidencia elegida y su archivo, sin poder deshacerlo, también en las demás computadoras al sincronizar (por ejemplo, si muestra a una persona que pidió cancelar sus datos).</source>
        <translation>Borra la evidencia elegida y su archivo, sin poder deshacerlo, también en las demás computadoras al sincronizar (por ejemplo, si muestra a una persona que pidió cancelar sus datos).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Compromiso o hito</source>
        <translation>Compromiso o hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="86"/>
        <source>Elija un plan.</source>
        <translation>Elija un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="57"/>
        <source>Eliminar &amp;definitivamente…</source>
        <translation>Eliminar &amp;definitivamente…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="140"/>
        <source>Evidencia del {date}</source>
        <translation>Evidencia del {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="47"/>
        <source>Término</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="248"/>
        <source>Valoración guardada.</source>
        <translation>Valoración guardada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="100"/>
        <source>hitos vencidos: {count}</source>
        <translation>hitos vencidos: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="112"/>
        <source>{status}, vencido</source>
        <translation>{status}, vencido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="224"/>
        <source>«{name}» se eliminó definitivamente.</source>
        <translation>«{name}» se eliminó definitivamente.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/view.py" line="211"/>
        <location filename="../cocreation_app/ui/followup/view.py" line="212"/>
        <source>¿Eliminar definitivamente «{name}»?

No se puede deshacer: el archivo se borra de esta base de datos y, al sincronizar, también de las demás computadoras que lo tengan.</source>
        <translation>¿Eliminar definitivamente «{name}»?

No se puede deshacer: el archivo se borra de esta base de datos y, al sincronizar, también de las demás computadoras que lo tengan.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Acerca de Cocrea</source>
        <translation type="vanished">&amp;Acerca de Cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="31"/>
        <source>&amp;Atajos de teclado</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="22"/>
        <source>&lt;h3&gt;Cocrea {version}&lt;/h3&gt;&lt;p&gt;Talleres de cocreación de gobierno abierto, sin conexión: registro y asistencia, problemas públicos, propuestas de solución, compromisos e hitos del Plan de Acción Local.&lt;/p&gt;&lt;p&gt;Licencia AGPL-3.0 o posterior.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cocrea {version}&lt;/h3&gt;&lt;p&gt;Talleres de cocreación de gobierno abierto, sin conexión: registro y asistencia, problemas públicos, propuestas de solución, compromisos e hitos del Plan de Acción Local.&lt;/p&gt;&lt;p&gt;Licencia AGPL-3.0 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="35"/>
        <source>A&amp;cerca de Cocrea</source>
        <translation>A&amp;cerca de Cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/feature.py" line="37"/>
        <source>Acerca de Cocrea</source>
        <translation>Acerca de Cocrea</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="89"/>
        <source>(columna {n} sin encabezado)</source>
        <translation>(columna {n} sin encabezado)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="84"/>
        <source>(no importar)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="110"/>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="77"/>
        <source>Columnas</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="66"/>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="67"/>
        <source>Encabezados en la fila {row}. Elija qué dato tiene cada columna; la vista previa se actualiza. Las personas importadas deberán aceptar el aviso de privacidad al registrar su asistencia: el consentimiento nunca se supone.</source>
        <translation>Encabezados en la fila {row}. Elija qué dato tiene cada columna; la vista previa se actualiza. Las personas importadas deberán aceptar el aviso de privacidad al registrar su asistencia: el consentimiento nunca se supone.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="174"/>
        <source>Fila</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="194"/>
        <source>Fila {row}: {message}</source>
        <translation>Fila {row}: {message}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="182"/>
        <source>Fila {row}: {name} — {reason}</source>
        <translation>Fila {row}: {name} — {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="191"/>
        <source>Filas con errores</source>
        <translation>Filas con errores</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="226"/>
        <source>Importadas %Ln personas; aceptarán el aviso de privacidad al registrar su asistencia.</source>
        <translation>
            <numerusform>Importada %Ln persona; aceptará el aviso de privacidad al registrar su asistencia.</numerusform>
            <numerusform>Importadas %Ln personas; aceptarán el aviso de privacidad al registrar su asistencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importadas {count} personas; aceptarán el aviso de privacidad al registrar su asistencia.</source>
        <translation type="vanished">Importadas {count} personas; aceptarán el aviso de privacidad al registrar su asistencia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="143"/>
        <source>Importar %Ln personas</source>
        <translation>
            <numerusform>Importar %Ln persona</numerusform>
            <numerusform>Importar %Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="62"/>
        <source>Importar personas: {name}</source>
        <translation>Importar personas: {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="101"/>
        <source>Importar también las posibles duplicadas</source>
        <translation>Importar también las posibles duplicadas</translation>
    </message>
    <message>
        <source>Importar {count} personas</source>
        <translation type="vanished">Importar {count} personas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="178"/>
        <source>Posibles duplicadas</source>
        <translation>Posibles duplicadas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="173"/>
        <source>Primeras filas válidas</source>
        <translation>Primeras filas válidas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="152"/>
        <location filename="../cocreation_app/ui/lists/import_dialog.py" line="153"/>
        <source>Válidas: {valid} · posibles duplicadas: {dup} · con errores: {bad} (no se importan)</source>
        <translation>Válidas: {valid} · posibles duplicadas: {dup} · con errores: {bad} (no se importan)</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="156"/>
        <source>%Ln asistencias guardadas en {path}</source>
        <translation>
            <numerusform>%Ln asistencia guardada en {path}</numerusform>
            <numerusform>%Ln asistencias guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="139"/>
        <source>%Ln personas guardadas en {path}</source>
        <translation>
            <numerusform>%Ln persona guardada en {path}</numerusform>
            <numerusform>%Ln personas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/lists/feature.py" line="172"/>
        <source>%Ln problemas guardados en {path}</source>
        <translation>
            <numerusform>%Ln problema guardado en {path}</numerusform>
            <numerusform>%Ln problemas guardados en {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="48"/>
        <source>&amp;Asistencia del taller (Excel o CSV)…</source>
        <translation>&amp;Asistencia del taller (Excel o CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="97"/>
        <source>Datos personales</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="64"/>
        <location filename="../cocreation_app/ui/lists/feature.py" line="131"/>
        <source>Elija o cree primero un plan.</source>
        <translation>Elija o cree primero un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="148"/>
        <location filename="../cocreation_app/ui/lists/feature.py" line="165"/>
        <source>Elija o cree primero un taller.</source>
        <translation>Elija o cree primero un taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="153"/>
        <source>Exportar la asistencia del taller</source>
        <translation>Exportar la asistencia del taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="169"/>
        <source>Exportar la priorización del taller</source>
        <translation>Exportar la priorización del taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="136"/>
        <source>Exportar personas participantes</source>
        <translation>Exportar personas participantes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="71"/>
        <source>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="34"/>
        <source>Importar &amp;personas (Excel o CSV)…</source>
        <translation>Importar &amp;personas (Excel o CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="69"/>
        <source>Importar personas</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="43"/>
        <source>Personas &amp;participantes (Excel o CSV)…</source>
        <translation>Personas &amp;participantes (Excel o CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="51"/>
        <source>Priori&amp;zación del taller (Excel o CSV)…</source>
        <translation>Priori&amp;zación del taller (Excel o CSV)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="154"/>
        <source>asistencia.xlsx</source>
        <translation>asistencia.xlsx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="137"/>
        <source>personas-participantes.xlsx</source>
        <translation>personas-participantes.xlsx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="170"/>
        <source>priorizacion.xlsx</source>
        <translation>priorizacion.xlsx</translation>
    </message>
    <message>
        <source>{rows} asistencias guardadas en {path}</source>
        <translation type="vanished">{rows} asistencias guardadas en {path}</translation>
    </message>
    <message>
        <source>{rows} personas guardadas en {path}</source>
        <translation type="vanished">{rows} personas guardadas en {path}</translation>
    </message>
    <message>
        <source>{rows} problemas guardados en {path}</source>
        <translation type="vanished">{rows} problemas guardados en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/lists/feature.py" line="98"/>
        <source>¿Incluir género, correo electrónico y teléfono? Elija «No» si la lista sale de esta computadora (por ejemplo, para el municipio) y no los necesita.</source>
        <translation>¿Incluir género, correo electrónico y teléfono? Elija «No» si la lista sale de esta computadora (por ejemplo, para el municipio) y no los necesita.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="222"/>
        <source>&amp;Archivo</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="234"/>
        <source>&amp;Deshacer</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="223"/>
        <source>&amp;Edición</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="232"/>
        <source>&amp;Exportar</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="225"/>
        <source>&amp;Herramientas</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="236"/>
        <source>&amp;Rehacer</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="272"/>
        <source>&amp;Salir</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="224"/>
        <source>&amp;Ver</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="205"/>
        <source>Algunas funciones no se pudieron cargar; vea el archivo de fallos.</source>
        <translation>Algunas funciones no se pudieron cargar; vea el archivo de fallos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="226"/>
        <source>Ay&amp;uda</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="251"/>
        <source>Cambios sin guardar</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="280"/>
        <source>Cocrea — {path}</source>
        <translation>Cocrea — {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="278"/>
        <source>Cocrea — {path} — modo revisión</source>
        <translation>Cocrea — {path} — modo revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="164"/>
        <source>Confirmar</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="117"/>
        <location filename="../cocreation_app/ui/main_window.py" line="140"/>
        <source>Guardado: {what}</source>
        <translation>Guardado: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="252"/>
        <source>Hay datos escritos que no se han guardado. ¿Guardarlos antes de salir?</source>
        <translation>Hay datos escritos que no se han guardado. ¿Guardarlos antes de salir?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/main_window.py" line="159"/>
        <source>No se pudo completar</source>
        <translation>No se pudo completar</translation>
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
        <translation>&amp;Taller:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/navigator.py" line="22"/>
        <source>Plan y taller</source>
        <translation>Plan y taller</translation>
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
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="152"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="46"/>
        <source>Buscar por nombre, organización o correo…</source>
        <translation>Buscar por nombre, organización o correo…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="150"/>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>En la sala</source>
        <translation type="vanished">En la sala</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="149"/>
        <source>Género</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="146"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="148"/>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="147"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="151"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>{count} personas</source>
        <translation type="vanished">{count} personas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/model.py" line="134"/>
        <source>✓ En la sala</source>
        <translation>✓ En la sala</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>&amp;Editar datos</source>
        <translation type="vanished">&amp;Editar datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="144"/>
        <source>E&amp;liminar</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="143"/>
        <source>Editar &amp;datos</source>
        <translation>Editar &amp;datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="197"/>
        <source>Eliminar a {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="159"/>
        <source>Eliminar el registro elegido en la lista</source>
        <translation>Eliminar el registro elegido en la lista</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/view.py" line="188"/>
        <location filename="../cocreation_app/ui/participants/view.py" line="189"/>
        <source>¿Eliminar a {name} y sus asistencias? Puede deshacerlo con Ctrl+Z.</source>
        <translation>¿Eliminar a {name} y sus asistencias? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="42"/>
        <source>Aviso de privacidad</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="29"/>
        <source>Datos del plan</source>
        <translation>Datos del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="76"/>
        <source>Datos del plan y aviso de privacidad</source>
        <translation>Datos del plan y aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="78"/>
        <source>Secretariado Técnico Local</source>
        <translation>Secretariado Técnico Local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/view.py" line="77"/>
        <source>Talleres</source>
        <translation>Talleres</translation>
    </message>
</context>
<context>
    <name>PlenaryChart</name>
    <message>
        <location filename="../cocreation_app/ui/plenary/chart.py" line="48"/>
        <source>Aún no hay votos registrados.</source>
        <translation>Aún no hay votos registrados.</translation>
    </message>
</context>
<context>
    <name>PlenaryController</name>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="57"/>
        <source>Duración del temporizador…</source>
        <translation>Duración del temporizador…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="51"/>
        <source>Iniciar o pausar el temporizador</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="164"/>
        <source>Minutos de la actividad:</source>
        <translation>Minutos de la actividad:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="48"/>
        <source>Mostrar vista plenaria</source>
        <translation>Mostrar vista plenaria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="59"/>
        <source>Pantalla</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="54"/>
        <source>Reiniciar el temporizador</source>
        <translation>Reiniciar el temporizador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="163"/>
        <source>Temporizador</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/controller.py" line="46"/>
        <source>Vista &amp;plenaria</source>
        <translation>Vista &amp;plenaria</translation>
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
        <translation>Cocrea — vista plenaria</translation>
    </message>
    <message>
        <source>en curso</source>
        <translation type="vanished">en curso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="88"/>
        <source>en curso · Espacio: pausar</source>
        <translation>en curso · Espacio: pausar</translation>
    </message>
    <message>
        <source>en pausa</source>
        <translation type="vanished">en pausa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="92"/>
        <source>en pausa · Espacio: iniciar</source>
        <translation>en pausa · Espacio: iniciar</translation>
    </message>
    <message>
        <source>tiempo terminado</source>
        <translation type="vanished">tiempo terminado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plenary/window.py" line="90"/>
        <source>tiempo terminado · Ctrl+F6: reiniciar</source>
        <translation>tiempo terminado · Ctrl+F6: reiniciar</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../cocreation_app/ui/preferences/feature.py" line="29"/>
        <source>&amp;Preferencias…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="41"/>
        <source>&amp;Idioma:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="45"/>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="46"/>
        <source>El cambio de idioma se aplica de inmediato a la ventana, a los mensajes y a los documentos que exporte. El historial de deshacer empieza de nuevo.</source>
        <translation>El cambio de idioma se aplica de inmediato a la ventana, a los mensajes y a los documentos que exporte. El historial de deshacer empieza de nuevo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/preferences/dialog.py" line="34"/>
        <source>Preferencias</source>
        <translation>Preferencias</translation>
    </message>
</context>
<context>
    <name>PrioritizationData</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="92"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="94"/>
        <source>%n puntos · criterios {criteria}</source>
        <translation>
            <numerusform>%n punto · criterios {criteria}</numerusform>
            <numerusform>%n puntos · criterios {criteria}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="86"/>
        <source>Elija un taller en la ventana principal.</source>
        <translation>Elija un taller en la ventana principal.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="116"/>
        <source>En verde: problemas seleccionados para diseño de soluciones.</source>
        <translation>En verde: problemas seleccionados para diseño de soluciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="85"/>
        <location filename="../cocreation_app/ui/prioritization/data.py" line="119"/>
        <source>Priorización de problemas públicos</source>
        <translation>Priorización de problemas públicos</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="111"/>
        <source>Se muestran los {shown} primeros de %n problemas.</source>
        <translation>
            <numerusform>Se muestran los {shown} primeros de %n problema.</numerusform>
            <numerusform>Se muestran los {shown} primeros de %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se muestran los {shown} primeros de {count} problemas.</source>
        <translation type="vanished">Se muestran los {shown} primeros de {count} problemas.</translation>
    </message>
    <message>
        <source>{dots} puntos</source>
        <translation type="vanished">{dots} puntos</translation>
    </message>
    <message>
        <source>{dots} puntos · criterios {criteria}</source>
        <translation type="vanished">{dots} puntos · criterios {criteria}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/data.py" line="120"/>
        <source>{workshop} · %n puntos emitidos</source>
        <translation>
            <numerusform>{workshop} · %n punto emitido</numerusform>
            <numerusform>{workshop} · %n puntos emitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{workshop} · {dots} puntos emitidos</source>
        <translation type="vanished">{workshop} · {dots} puntos emitidos</translation>
    </message>
</context>
<context>
    <name>PrioritizationView</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="224"/>
        <source>Elija un taller para priorizar sus problemas.</source>
        <translation>Elija un taller para priorizar sus problemas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="243"/>
        <source>Elija uno o más problemas del ranking.</source>
        <translation>Elija uno o más problemas del ranking.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="95"/>
        <source>Este taller no tiene problemas públicos con puntos o calificaciones. Regístrelos en la pestaña Problemas, o elija arriba el taller donde se identificaron.</source>
        <translation>Este taller no tiene problemas públicos con puntos o calificaciones. Regístrelos en la pestaña Problemas, o elija arriba el taller donde se identificaron.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="76"/>
        <source>Peso de los criterios:</source>
        <translation>Peso de los criterios:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="74"/>
        <source>Peso de los puntos:</source>
        <translation>Peso de los puntos:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/feature.py" line="18"/>
        <source>Priorización</source>
        <translation>Priorización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="169"/>
        <source>Problema que se priorizará también en este taller:</source>
        <translation>Problema que se priorizará también en este taller:</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/prioritization/view.py" line="248"/>
        <source>Quitar la selección de %n problemas</source>
        <translation>
            <numerusform>Quitar la selección de %n problema</numerusform>
            <numerusform>Quitar la selección de %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitar la selección de {count} problemas</source>
        <translation type="vanished">Quitar la selección de {count} problemas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="113"/>
        <source>Quitar selección</source>
        <translation>Quitar selección</translation>
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
            <numerusform>Seleccionar %n problema para diseño de soluciones</numerusform>
            <numerusform>Seleccionar %n problemas para diseño de soluciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="111"/>
        <source>Seleccionar para diseño de soluciones</source>
        <translation>Seleccionar para diseño de soluciones</translation>
    </message>
    <message>
        <source>Seleccionar {count} problemas para diseño de soluciones</source>
        <translation type="vanished">Seleccionar {count} problemas para diseño de soluciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="168"/>
        <source>Traer un problema de otro taller</source>
        <translation>Traer un problema de otro taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="115"/>
        <source>Traer un problema de otro taller…</source>
        <translation>Traer un problema de otro taller…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/view.py" line="80"/>
        <source>Vista plenaria (F5)</source>
        <translation>Vista plenaria (F5)</translation>
    </message>
</context>
<context>
    <name>ProblemTree</name>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="48"/>
        <source>Causas</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="49"/>
        <source>Efectos</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_model.py" line="183"/>
        <source>Árbol del problema</source>
        <translation>Árbol del problema</translation>
    </message>
</context>
<context>
    <name>ProblemTreeEditor</name>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="83"/>
        <source>&lt;b&gt;Árbol del problema: causas y efectos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Árbol del problema: causas y efectos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="205"/>
        <source>Agregar {kind}</source>
        <translation>Agregar {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="96"/>
        <source>Editar (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="169"/>
        <source>Editar el texto de «{text}»</source>
        <translation>Editar el texto de «{text}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="97"/>
        <source>Eliminar (Supr)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="274"/>
        <source>Eliminar «{text}»</source>
        <translation>Eliminar «{text}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="92"/>
        <source>Hermano (Enter)</source>
        <translation>Hermano (Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="93"/>
        <source>Hijo (Ctrl+Enter)</source>
        <translation>Hijo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="174"/>
        <source>Nueva causa</source>
        <translation>Nueva causa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="174"/>
        <source>Nuevo efecto</source>
        <translation>Nuevo efecto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="241"/>
        <source>Quitar sangría</source>
        <translation>Quitar sangría</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="95"/>
        <source>Quitar sangría (Mayús+Tab)</source>
        <translation>Quitar sangría (Mayús+Tab)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="233"/>
        <source>Sangrar</source>
        <translation>Sangrar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="94"/>
        <source>Sangrar (Tab)</source>
        <translation>Sangrar (Tab)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="251"/>
        <source>{what}: «{text}»</source>
        <translation>{what}: «{text}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="265"/>
        <location filename="../cocreation_app/ui/problems/tree_editor.py" line="266"/>
        <source>¿Eliminar «{text}» y lo que cuelga de él? Puede deshacerlo con Ctrl+Z.</source>
        <translation>¿Eliminar «{text}» y lo que cuelga de él? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../cocreation_app/ui/problems/view.py" line="33"/>
        <source>Población y evidencia</source>
        <translation>Población y evidencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/view.py" line="29"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="68"/>
        <source>Agregar evidencia…</source>
        <translation>Agregar evidencia…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="99"/>
        <source>Archivos de evidencia</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="62"/>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="57"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="75"/>
        <source>Evidencias</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="52"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="66"/>
        <source>Quién reporta</source>
        <translation>Quién reporta</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="64"/>
        <source>Qué se hizo</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="49"/>
        <source>Reportar avance: {title}</source>
        <translation>Reportar avance: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="77"/>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="78"/>
        <source>Se pueden publicar: no muestran ni nombran a personas, o quienes aparecen dieron su consentimiento</source>
        <translation>Se pueden publicar: no muestran ni nombran a personas, o quienes aparecen dieron su consentimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="83"/>
        <location filename="../cocreation_app/ui/followup/dialogs.py" line="84"/>
        <source>Solo las evidencias publicables van a los datos abiertos, al sitio de seguimiento y a los paquetes sin datos personales.</source>
        <translation>Solo las evidencias publicables van a los datos abiertos, al sitio de seguimiento y a los paquetes sin datos personales.</translation>
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
        <translation>Criterios
(1–5)</translation>
    </message>
    <message>
        <source>Criterios (1–5)</source>
        <translation type="vanished">Criterios (1–5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="44"/>
        <source>Desempate</source>
        <translation>Desempate</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="43"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="39"/>
        <source>Mesas</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="37"/>
        <source>Problema público</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="42"/>
        <source>Puntaje
(0–100)</source>
        <translation>Puntaje
(0–100)</translation>
    </message>
    <message>
        <source>Puntaje (0–100)</source>
        <translation type="vanished">Puntaje (0–100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/ranking_model.py" line="38"/>
        <source>Puntos</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="215"/>
        <source>* obligatorio para guardar · ◆ necesario para que esté completo</source>
        <translation>* obligatorio para guardar · ◆ necesario para que esté completo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="268"/>
        <source>Falta para completarlo</source>
        <translation>Falta para completarlo</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="111"/>
        <source>&amp;Guardar (Ctrl+Enter)</source>
        <translation>&amp;Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="90"/>
        <source>&amp;Nuevo</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="254"/>
        <source>Agregar {kind} «{title}»</source>
        <translation>Agregar {kind} «{title}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="91"/>
        <source>E&amp;liminar</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="223"/>
        <source>Editar {kind}</source>
        <translation>Editar {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="275"/>
        <source>Editar {kind} «{title}»</source>
        <translation>Editar {kind} «{title}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="122"/>
        <source>Eliminar el registro elegido en la lista</source>
        <translation>Eliminar el registro elegido en la lista</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="321"/>
        <source>Eliminar {kind} «{title}»</source>
        <translation>Eliminar {kind} «{title}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="225"/>
        <source>Nuevo registro: {kind}</source>
        <translation>Nuevo registro: {kind}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="289"/>
        <source>Revise este dato</source>
        <translation>Revise este dato</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="221"/>
        <source>{kind} (solo lectura: modo revisión)</source>
        <translation>{kind} (solo lectura: modo revisión)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="311"/>
        <location filename="../cocreation_app/ui/widgets/panel.py" line="312"/>
        <source>¿Eliminar {kind} «{title}» y todo lo que depende de él? Puede deshacerlo con Ctrl+Z.</source>
        <translation>¿Eliminar {kind} «{title}» y todo lo que depende de él? Puede deshacerlo con Ctrl+Z.</translation>
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
        <translation type="vanished">Sí</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="87"/>
        <source>&amp;Guardar (Ctrl+Enter)</source>
        <translation>&amp;Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="90"/>
        <source>&amp;Nueva persona</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="112"/>
        <source>&lt;b&gt;Datos de la persona (solo lectura: modo revisión)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datos de la persona (solo lectura: modo revisión)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="116"/>
        <source>&lt;b&gt;Editar datos de {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Editar datos de {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="114"/>
        <source>&lt;b&gt;Registrar a una persona&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registrar a una persona&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="68"/>
        <source>Autorizaciones opcionales</source>
        <translation>Autorizaciones opcionales</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="128"/>
        <source>Aviso de privacidad (versión {version}). Léalo a la persona:</source>
        <translation>Aviso de privacidad (versión {version}). Léalo a la persona:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="130"/>
        <source>Aviso de privacidad. Léalo a la persona:</source>
        <translation>Aviso de privacidad. Léalo a la persona:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="67"/>
        <source>Consentimiento</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="259"/>
        <source>Editar datos de {name}</source>
        <translation>Editar datos de {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="132"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="133"/>
        <source>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar personas.</source>
        <translation>Este plan no tiene aviso de privacidad. Agréguelo en «Plan» antes de registrar personas.</translation>
    </message>
    <message>
        <source>La persona leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation type="vanished">La persona leyó y acepta el aviso de privacidad (versión {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="142"/>
        <source>Leyó y acepta el aviso de privacidad (versión {version}) *</source>
        <translation>Leyó y acepta el aviso de privacidad (versión {version}) *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="144"/>
        <source>Leyó y acepta el aviso de privacidad *</source>
        <translation>Leyó y acepta el aviso de privacidad *</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="233"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="234"/>
        <source>Para guardar datos personales, la persona debe aceptar el aviso de privacidad. Léale el aviso y marque la casilla de consentimiento.</source>
        <translation>Para guardar datos personales, la persona debe aceptar el aviso de privacidad. Léale el aviso y marque la casilla de consentimiento.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="229"/>
        <source>Primero cree o elija un plan.</source>
        <translation>Primero cree o elija un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="123"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="124"/>
        <source>Primero cree o elija un plan: el aviso de privacidad que se lee a cada persona es parte del plan.</source>
        <translation>Primero cree o elija un plan: el aviso de privacidad que se lee a cada persona es parte del plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="248"/>
        <source>Registrar a {name}</source>
        <translation>Registrar a {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="196"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="197"/>
        <source>Se abrió su registro con lo que escribió en: {fields}. Revise y guarde (Ctrl+Enter), o «Nueva persona» para descartarlo.</source>
        <translation>Se abrió su registro con lo que escribió en: {fields}. Revise y guarde (Ctrl+Enter), o «Nueva persona» para descartarlo.</translation>
    </message>
    <message>
        <source>Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro (no se crea otro). No: registrar a una persona distinta.</source>
        <translation type="vanished">Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro (no se crea otro). No: registrar a una persona distinta.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="161"/>
        <location filename="../cocreation_app/ui/participants/form.py" line="162"/>
        <source>Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro con lo que escribió, sin guardar (no se crea otro). No: registrar a una persona distinta.</source>
        <translation>Ya está registrada {who}. ¿Es la misma persona?

Sí: abrir su registro con lo que escribió, sin guardar (no se crea otro). No: registrar a una persona distinta.</translation>
    </message>
    <message>
        <source>sin versión</source>
        <translation type="vanished">sin versión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/form.py" line="160"/>
        <source>¿La misma persona?</source>
        <translation>¿La misma persona?</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/review/feature.py" line="98"/>
        <source>%n comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</source>
        <translation>
            <numerusform>%n comentario tiene un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</numerusform>
            <numerusform>%n comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Agregar observación…</source>
        <translation type="vanished">&amp;Agregar observación…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="46"/>
        <source>&amp;Autoría:</source>
        <translation>&amp;Autoría:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="61"/>
        <source>&amp;Cambiar estado…</source>
        <translation>&amp;Cambiar estado…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="107"/>
        <source>&amp;Descartar dictamen</source>
        <translation>&amp;Descartar dictamen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="82"/>
        <source>&amp;Dictamen:</source>
        <translation>&amp;Dictamen:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="47"/>
        <source>&amp;Institución:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="116"/>
        <source>&amp;Nuevo estado:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="97"/>
        <source>&amp;Responder…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="86"/>
        <source>&amp;Texto:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="31"/>
        <source>Abrir paquete para &amp;revisión…</source>
        <translation>Abrir paquete para &amp;revisión…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="51"/>
        <source>Abrir paquete para revisión</source>
        <translation>Abrir paquete para revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="94"/>
        <source>Agregar &amp;observación…</source>
        <translation>Agregar &amp;observación…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="27"/>
        <source>Agregar observación</source>
        <translation>Agregar observación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="37"/>
        <source>Archivo de &amp;revisión (.cocrea)…</source>
        <translation>Archivo de &amp;revisión (.cocrea)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/review/feature.py" line="153"/>
        <source>Archivo de revisión guardado en {path}: %n observaciones.</source>
        <translation>
            <numerusform>Archivo de revisión guardado en {path}: %n observación.</numerusform>
            <numerusform>Archivo de revisión guardado en {path}: %n observaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archivo de revisión guardado en {path}: {count} observaciones.</source>
        <translation type="vanished">Archivo de revisión guardado en {path}: {count} observaciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="260"/>
        <source>Atendida</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Autoría</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="40"/>
        <source>Borrador con &amp;observaciones (PDF)…</source>
        <translation>Borrador con &amp;observaciones (PDF)…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="177"/>
        <source>Borrador con observaciones guardado en {path}</source>
        <translation>Borrador con observaciones guardado en {path}</translation>
    </message>
    <message>
        <source>Cambiar &amp;estado…</source>
        <translation type="vanished">Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="106"/>
        <source>Cambiar estado de revisión</source>
        <translation>Cambiar estado de revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="262"/>
        <source>Cambió desde el borrador</source>
        <translation>Cambió desde el borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="193"/>
        <source>Cambió después del borrador que se comentó.</source>
        <translation>Cambió después del borrador que se comentó.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="116"/>
        <source>Comentarios de PDF</source>
        <translation>Comentarios de PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="104"/>
        <source>Con&amp;firmar dictamen</source>
        <translation>Con&amp;firmar dictamen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="69"/>
        <source>Confirmar dictamen</source>
        <translation>Confirmar dictamen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>De</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="67"/>
        <source>Descartar dictamen propuesto</source>
        <translation>Descartar dictamen propuesto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Dictamen</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="292"/>
        <source>Dictamen propuesto a partir de las palabras del comentario: «{verdict}». Confírmelo o descártelo.</source>
        <translation>Dictamen propuesto a partir de las palabras del comentario: «{verdict}». Confírmelo o descártelo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="303"/>
        <source>El elemento cambió después del borrador {version} que esta observación comenta.</source>
        <translation>El elemento cambió después del borrador {version} que esta observación comenta.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Elemento</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="76"/>
        <source>Elemento:</source>
        <translation>Elemento:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="126"/>
        <source>Elija primero un plan.</source>
        <translation>Elija primero un plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="148"/>
        <source>Elija un plan para revisarlo.</source>
        <translation>Elija un plan para revisarlo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="114"/>
        <source>Estado actual:</source>
        <translation>Estado actual:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="157"/>
        <source>Estado de revisión: &lt;b&gt;{status}&lt;/b&gt; · borrador, versión {version}</source>
        <translation>Estado de revisión: &lt;b&gt;{status}&lt;/b&gt; · borrador, versión {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="439"/>
        <source>Estado de revisión: {status}</source>
        <translation>Estado de revisión: {status}</translation>
    </message>
    <message>
        <source>Estos comentarios no están sobre ningún elemento; agréguelos a mano:</source>
        <translation type="vanished">Estos comentarios no están sobre ningún elemento; agréguelos a mano:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="105"/>
        <source>Estos comentarios no se pudieron ubicar; agréguelos a mano:</source>
        <translation>Estos comentarios no se pudieron ubicar; agréguelos a mano:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="142"/>
        <source>Exportar archivo de revisión</source>
        <translation>Exportar archivo de revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="167"/>
        <source>Exportar borrador con observaciones</source>
        <translation>Exportar borrador con observaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="34"/>
        <source>Importar &amp;comentarios de PDF…</source>
        <translation>Importar &amp;comentarios de PDF…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="79"/>
        <source>Importar comentarios de PDF</source>
        <translation>Importar comentarios de PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="333"/>
        <source>Marcar como &amp;pendiente</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="100"/>
        <location filename="../cocreation_app/ui/review/view.py" line="335"/>
        <source>Marcar como a&amp;tendida</source>
        <translation>Marcar como a&amp;tendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="52"/>
        <source>Marcar como atendida</source>
        <translation>Marcar como atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="54"/>
        <source>Marcar como pendiente</source>
        <translation>Marcar como pendiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="119"/>
        <source>N&amp;ota:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="359"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="61"/>
        <source>No se pudo abrir el paquete.</source>
        <translation>No se pudo abrir el paquete.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="67"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="71"/>
        <source>Nueva observación</source>
        <translation>Nueva observación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Obs.</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="91"/>
        <source>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</source>
        <translation>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="310"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="68"/>
        <source>Paquete abierto para revisión: {path}</source>
        <translation>Paquete abierto para revisión: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="260"/>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="78"/>
        <source>Pendientes</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/commands.py" line="25"/>
        <location filename="../cocreation_app/ui/review/dialogs.py" line="71"/>
        <source>Responder observación</source>
        <translation>Responder observación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="264"/>
        <source>Respuesta</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="359"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="90"/>
        <source>Versión</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="310"/>
        <source>aplicación</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="168"/>
        <source>borrador-con-observaciones.pdf</source>
        <translation>borrador-con-observaciones.pdf</translation>
    </message>
    <message>
        <source>p. {page} · {author}: {text}</source>
        <translation type="vanished">p. {page} · {author}: {text}</translation>
    </message>
    <message>
        <source>p. {page} · {author}: {text} (el elemento ya no existe)</source>
        <translation type="vanished">p. {page} · {author}: {text} (el elemento ya no existe)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="107"/>
        <source>p. {page} · {kind} · {author}: {text} ({reason})</source>
        <translation>p. {page} · {kind} · {author}: {text} ({reason})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="143"/>
        <source>revision.cocrea</source>
        <translation>revision.cocrea</translation>
    </message>
    <message>
        <source>{count} comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</source>
        <translation type="vanished">{count} comentarios tienen un dictamen propuesto por sus palabras: confírmelo o descártelo en la vista Revisión.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="194"/>
        <source>{count} · cambió</source>
        <translation>{count} · cambió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/view.py" line="314"/>
        <source>{date} · origen: {source}</source>
        <translation>{date} · origen: {source}</translation>
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
        <translation>&amp;Modo revisión (solo observaciones)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="57"/>
        <source>Impide editar el plan; solo se agregan y responden observaciones.</source>
        <translation>Impide editar el plan; solo se agregan y responden observaciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="98"/>
        <source>La ventana está en modo revisión: solo se pueden agregar observaciones, responderlas, marcarlas como atendidas y cambiar el estado de revisión. Para editar, desactive «Modo revisión» en el menú Edición ({keys}).</source>
        <translation>La ventana está en modo revisión: solo se pueden agregar observaciones, responderlas, marcarlas como atendidas y cambiar el estado de revisión. Para editar, desactive «Modo revisión» en el menú Edición ({keys}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="138"/>
        <source>Modo revisión activado: solo se agregan observaciones.</source>
        <translation>Modo revisión activado: solo se agregan observaciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="140"/>
        <source>Modo revisión desactivado: puede editar el plan.</source>
        <translation>Modo revisión desactivado: puede editar el plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/mode.py" line="60"/>
        <source>Modo revisión: solo se agregan observaciones</source>
        <translation>Modo revisión: solo se agregan observaciones</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="33"/>
        <source>Abrir base de datos en un servidor</source>
        <translation>Abrir base de datos en un servidor</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="57"/>
        <source>Base de datos:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="59"/>
        <source>Contraseña:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="83"/>
        <source>Falta {what}.</source>
        <translation>Falta {what}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="56"/>
        <source>Puerto:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="55"/>
        <source>Servidor:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="46"/>
        <source>Si escribe la contraseña, se guarda en «{file}», que solo usted puede leer; Cocrea no la guarda en su configuración.</source>
        <translation>Si escribe la contraseña, se guarda en «{file}», que solo usted puede leer; Cocrea no la guarda en su configuración.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="58"/>
        <source>Usuario:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="76"/>
        <source>el servidor</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="78"/>
        <source>el usuario</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="77"/>
        <source>la base de datos</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="36"/>
        <source>servidor.oficina.gob.mx</source>
        <translation>servidor.oficina.gob.mx</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/database/server_dialog.py" line="44"/>
        <source>vacía: la ya guardada</source>
        <translation>vacía: la ya guardada</translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="295"/>
        <source>Elija primero la celda de números donde empieza lo que va a pegar. No se pegó nada.</source>
        <translation>Elija primero la celda de números donde empieza lo que va a pegar. No se pegó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="311"/>
        <source>Lo copiado tiene más columnas de las que hay para números desde la elegida. No se pegó nada.</source>
        <translation>Lo copiado tiene más columnas de las que hay para números desde la elegida. No se pegó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="300"/>
        <source>Lo copiado tiene más filas de las que quedan desde la fila elegida. No se pegó nada.</source>
        <translation>Lo copiado tiene más filas de las que quedan desde la fila elegida. No se pegó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="103"/>
        <source>No se pegó nada.</source>
        <translation>No se pegó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="100"/>
        <source>{where}: «{text}» no es un número entero de {minimum} a {maximum}.</source>
        <translation>{where}: «{text}» no es un número entero de {minimum} a {maximum}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/sheet.py" line="97"/>
        <source>{where}: «{text}» no es una calificación de {minimum} a {maximum}.</source>
        <translation>{where}: «{text}» no es una calificación de {minimum} a {maximum}.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="79"/>
        <source>Agregar un elemento hermano / hijo</source>
        <translation>Agregar un elemento hermano / hijo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="69"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="117"/>
        <source>Atajos de teclado</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="81"/>
        <source>Bajar / subir a la celda siguiente</source>
        <translation>Bajar / subir a la celda siguiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="126"/>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="92"/>
        <source>Cerrar la vista plenaria</source>
        <translation>Cerrar la vista plenaria</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="71"/>
        <source>Conteo de puntos y criterios (como en una hoja de cálculo)</source>
        <translation>Conteo de puntos y criterios (como en una hoja de cálculo)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="84"/>
        <source>Corregir el número de la celda / vaciarla</source>
        <translation>Corregir el número de la celda / vaciarla</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="78"/>
        <source>Elegir otra persona</source>
        <translation>Elegir otra persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="68"/>
        <source>Formularios</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="76"/>
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="90"/>
        <source>Guardar el conteo o las calificaciones</source>
        <translation>Guardar el conteo o las calificaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="91"/>
        <source>Iniciar o pausar el temporizador</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="44"/>
        <source>Listas y vistas</source>
        <translation>Listas y vistas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="82"/>
        <source>Moverse entre celdas</source>
        <translation>Moverse entre celdas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="75"/>
        <source>Pasar al campo siguiente</source>
        <translation>Pasar al campo siguiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="87"/>
        <source>Pegar una columna o un bloque de números de una hoja de cálculo</source>
        <translation>Pegar una columna o un bloque de números de una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="77"/>
        <source>Registrar la asistencia de la persona elegida</source>
        <translation>Registrar la asistencia de la persona elegida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="80"/>
        <source>Sangrar / quitar sangría</source>
        <translation>Sangrar / quitar sangría</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="83"/>
        <source>Siguiente celda de números</source>
        <translation>Siguiente celda de números</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="72"/>
        <source>Vista plenaria (en el proyector)</source>
        <translation>Vista plenaria (en el proyector)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/help/shortcuts.py" line="70"/>
        <source>Árbol de problemas</source>
        <translation>Árbol de problemas</translation>
    </message>
</context>
<context>
    <name>SolutionsView</name>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="81"/>
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="83"/>
        <source>Evidencia y línea base</source>
        <translation>Evidencia y línea base</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="82"/>
        <source>Población afectada</source>
        <translation>Población afectada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="76"/>
        <source>Primero registre un problema público.</source>
        <translation>Primero registre un problema público.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/view.py" line="30"/>
        <source>Pro&amp;blema público:</source>
        <translation>Pro&amp;blema público:</translation>
    </message>
    <message>
        <source>Problema &amp;público:</source>
        <translation type="vanished">Problema &amp;público:</translation>
    </message>
</context>
<context>
    <name>StlEditor</name>
    <message>
        <source>&amp;Asignar papel en el STL</source>
        <translation type="vanished">&amp;Asignar papel en el STL</translation>
    </message>
    <message>
        <source>&amp;Papel:</source>
        <translation type="vanished">&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="54"/>
        <source>&amp;Quitar del STL</source>
        <translation>&amp;Quitar del STL</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="63"/>
        <source>&lt;b&gt;Agregar integrante&lt;/b&gt; (busque entre las personas registradas)</source>
        <translation>&lt;b&gt;Agregar integrante&lt;/b&gt; (busque entre las personas registradas)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="39"/>
        <source>&lt;b&gt;Integrantes del Secretariado Técnico Local&lt;/b&gt;</source>
        <translation>&lt;b&gt;Integrantes del Secretariado Técnico Local&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="75"/>
        <source>Asi&amp;gnar papel en el STL</source>
        <translation>Asi&amp;gnar papel en el STL</translation>
    </message>
    <message>
        <source>Pap&amp;el:</source>
        <translation type="vanished">Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="73"/>
        <source>Pape&amp;l:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="129"/>
        <source>Quitar a {name} del STL</source>
        <translation>Quitar a {name} del STL</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="117"/>
        <source>{name}: {role} en el STL</source>
        <translation>{name}: {role} en el STL</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/stl.py" line="126"/>
        <source>¿Quitar a {name} del Secretariado Técnico Local?</source>
        <translation>¿Quitar a {name} del Secretariado Técnico Local?</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="315"/>
        <source>%Ln cambios nuevos por importar</source>
        <translation>
            <numerusform>%Ln cambio nuevo por importar</numerusform>
            <numerusform>%Ln cambios nuevos por importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="320"/>
        <source>%Ln sin la firma de su autor, dejados fuera</source>
        <translation>
            <numerusform>%Ln sin la firma de su autor, dejado fuera</numerusform>
            <numerusform>%Ln sin la firma de su autor, dejados fuera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="229"/>
        <source>Agregar archivos</source>
        <translation>Agregar archivos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="179"/>
        <source>Agregar archivos…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="233"/>
        <source>Agregar carpeta</source>
        <translation>Agregar carpeta</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="181"/>
        <source>Agregar carpeta…</source>
        <translation>Agregar carpeta…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="89"/>
        <source>Archivo:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="79"/>
        <source>Cifrar con contraseña (recomendado con datos personales)</source>
        <translation>Cifrar con contraseña (recomendado con datos personales)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="93"/>
        <source>Contraseña:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="70"/>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="129"/>
        <source>Escriba una contraseña o desmarque «Cifrar con contraseña».</source>
        <translation>Escriba una contraseña o desmarque «Cifrar con contraseña».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="68"/>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="119"/>
        <source>Exportar paquete</source>
        <translation>Exportar paquete</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="317"/>
        <source>Importado: %Ln cambios nuevos</source>
        <translation>
            <numerusform>Importado: %Ln cambio nuevo</numerusform>
            <numerusform>Importado: %Ln cambios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Importado: {count} cambios nuevos</source>
        <translation type="vanished">Importado: {count} cambios nuevos</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="270"/>
        <source>Importados {done} de %n archivos.</source>
        <translation>
            <numerusform>Importados {done} de %n archivo.</numerusform>
            <numerusform>Importados {done} de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importados {done} de {total} archivos.</source>
        <translation type="vanished">Importados {done} de {total} archivos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="190"/>
        <source>Importar</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="176"/>
        <source>Importar archivos</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="131"/>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="313"/>
        <source>Nada nuevo</source>
        <translation>Nada nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="151"/>
        <source>Paquete guardado en {path}: %Ln cambios.</source>
        <translation>
            <numerusform>Paquete guardado en {path}: %Ln cambio.</numerusform>
            <numerusform>Paquete guardado en {path}: %Ln cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquete guardado en {path}: {count} cambios.</source>
        <translation type="vanished">Paquete guardado en {path}: {count} cambios.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="183"/>
        <source>Quitar</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="281"/>
        <source>Rechazado: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="94"/>
        <source>Repita la contraseña:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="77"/>
        <source>Sin datos personales (seudónimos, sin contacto)</source>
        <translation>Sin datos personales (seudónimos, sin contacto)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="159"/>
        <source>Sin plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="75"/>
        <source>Solo el plan actual</source>
        <translation>Solo el plan actual</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="188"/>
        <source>Vista previa</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>opcional: cifra el paquete</source>
        <translation type="vanished">opcional: cifra el paquete</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/dialogs.py" line="187"/>
        <source>solo para paquetes cifrados</source>
        <translation>solo para paquetes cifrados</translation>
    </message>
    <message>
        <source>{count} cambios nuevos por importar</source>
        <translation type="vanished">{count} cambios nuevos por importar</translation>
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
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="40"/>
        <source>Conflictos</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="37"/>
        <source>E&amp;quipos…</source>
        <translation>E&amp;quipos…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="26"/>
        <source>E&amp;xportar paquete .cocrea…</source>
        <translation>E&amp;xportar paquete .cocrea…</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/sync/feature.py" line="33"/>
        <source>Personas &amp;duplicadas…</source>
        <translation>Personas &amp;duplicadas…</translation>
    </message>
</context>
<context>
    <name>UnprintableWarning</name>
    <message>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="359"/>
        <location filename="../cocreation_app/ui/widgets/fields.py" line="360"/>
        <source>El borrador en PDF no puede imprimir {characters}: aparecerán como {box}.</source>
        <translation>El borrador en PDF no puede imprimir {characters}: aparecerán como {box}.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../cocreation_app/ui/checkin/feature.py" line="16"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/commitments/feature.py" line="16"/>
        <source>Compromisos</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/participants/feature.py" line="17"/>
        <source>Participantes</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/plan/feature.py" line="16"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/problems/feature.py" line="16"/>
        <source>Problemas</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/review/feature.py" line="29"/>
        <source>Revisión</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/followup/feature.py" line="23"/>
        <source>Seguimiento</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/solutions/feature.py" line="16"/>
        <source>Soluciones</source>
        <translation>Soluciones</translation>
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="153"/>
        <source>Antes</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="228"/>
        <source>Calificaciones de 1 a 5; — es sin calificar.</source>
        <translation>Calificaciones de 1 a 5; — es sin calificar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="230"/>
        <source>Calificaciones de 1 a 5; — es sin calificar. Doble clic en un criterio para cambiar su peso.</source>
        <translation>Calificaciones de 1 a 5; — es sin calificar. Doble clic en un criterio para cambiar su peso.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="432"/>
        <source>Calificaciones de {origin}</source>
        <translation>Calificaciones de {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="155"/>
        <source>Computadora</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="392"/>
        <source>Conteo de {origin}</source>
        <translation>Conteo de {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="199"/>
        <source>Conteo por mesa</source>
        <translation>Conteo por mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="358"/>
        <source>Corregido por un conteo posterior</source>
        <translation>Corregido por un conteo posterior</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="181"/>
        <source>Crear criterios: impacto, urgencia y factibilidad</source>
        <translation>Crear criterios: impacto, urgencia y factibilidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="203"/>
        <source>Criterios</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="178"/>
        <source>Guardar calificaciones de la mesa</source>
        <translation>Guardar calificaciones de la mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="173"/>
        <source>Guardar conteo de la mesa</source>
        <translation>Guardar conteo de la mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="205"/>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Historial de conteos</source>
        <translation type="vanished">Historial de conteos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="151"/>
        <source>Hoja</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="118"/>
        <source>Hoja:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="154"/>
        <source>Hora</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="139"/>
        <source>Lo registrado para esta mesa en todas las computadoras cuyos archivos llegaron</source>
        <translation>Lo registrado para esta mesa en todas las computadoras cuyos archivos llegaron</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="150"/>
        <source>Mesa</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="260"/>
        <source>Mesa 1</source>
        <translation>Mesa 1</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="117"/>
        <source>Mesa o grupo:</source>
        <translation>Mesa o grupo:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="101"/>
        <source>Modo revisión: los votos y calificaciones se consultan, pero no se registran.</source>
        <translation>Modo revisión: los votos y calificaciones se consultan, pero no se registran.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="119"/>
        <source>Personas en la mesa:</source>
        <translation>Personas en la mesa:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="454"/>
        <source>Peso de «{name}»:</source>
        <translation>Peso de «{name}»:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="453"/>
        <source>Peso del criterio</source>
        <translation>Peso del criterio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="131"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="143"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="144"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="149"/>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="313"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="152"/>
        <source>Puntos</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="143"/>
        <source>Puntos de esta persona</source>
        <translation>Puntos de esta persona</translation>
    </message>
    <message>
        <source>Puntos de la mesa</source>
        <translation type="vanished">Puntos de la mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="132"/>
        <source>Puntos de la mesa
(esta computadora)</source>
        <translation>Puntos de la mesa
(esta computadora)</translation>
    </message>
    <message>
        <source>Puntos de la mesa (esta computadora)</source>
        <translation type="vanished">Puntos de la mesa (esta computadora)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="120"/>
        <source>Puntos por persona en el taller:</source>
        <translation>Puntos por persona en el taller:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="379"/>
        <source>Sin cambios: los números ya estaban registrados.</source>
        <translation>Sin cambios: los números ya estaban registrados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="175"/>
        <source>Sumar los puntos de esta persona</source>
        <translation>Sumar los puntos de esta persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="133"/>
        <source>Total de la mesa</source>
        <translation>Total de la mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="407"/>
        <source>Voto de una persona de {origin}</source>
        <translation>Voto de una persona de {origin}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="200"/>
        <source>Voto por persona</source>
        <translation>Voto por persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="109"/>
        <source>p. ej. Hoja A-1</source>
        <translation>p. ej. Hoja A-1</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="112"/>
        <source>sin indicar</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="115"/>
        <source>sin límite</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/prioritization/entry.py" line="315"/>
        <source>{name}
(peso {weight})</source>
        <translation>{name}
(peso {weight})</translation>
    </message>
    <message>
        <source>{name} (peso {weight})</source>
        <translation type="vanished">{name} (peso {weight})</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="52"/>
        <source>&amp;Crear un plan</source>
        <translation>&amp;Crear un plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="40"/>
        <source>&lt;h2&gt;Bienvenida a Cocrea&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenida a Cocrea&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="55"/>
        <source>Abrir la &amp;demostración</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="60"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="61"/>
        <source>Escriba el título, el estado y el municipio, el órgano garante y el aviso de privacidad; después, en la misma vista, el primer taller.</source>
        <translation>Escriba el título, el estado y el municipio, el órgano garante y el aviso de privacidad; después, en la misma vista, el primer taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="42"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="43"/>
        <source>Esta base de datos todavía no tiene ningún plan. Todo empieza por el plan: sus datos, su aviso de privacidad (que se lee a cada persona al registrarla) y sus talleres.</source>
        <translation>Esta base de datos todavía no tiene ningún plan. Todo empieza por el plan: sus datos, su aviso de privacidad (que se lee a cada persona al registrarla) y sus talleres.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="69"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="70"/>
        <source>Un plan de ejemplo completo, en otra base de datos, para conocer la aplicación sin tocar sus datos.</source>
        <translation>Un plan de ejemplo completo, en otra base de datos, para conocer la aplicación sin tocar sus datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="76"/>
        <location filename="../cocreation_app/ui/welcome/panel.py" line="77"/>
        <source>¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos… o Archivo ▸ Importar archivos…. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</source>
        <translation>¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos… o Archivo ▸ Importar archivos…. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</translation>
    </message>
    <message>
        <source>¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos…, o Archivo ▸ Importar paquetes. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</source>
        <translation type="vanished">¿Trae datos de otra laptop? Archivo ▸ Abrir base de datos…, o Archivo ▸ Importar paquetes. Ayuda ▸ Atajos de teclado (F1) lista todas las teclas.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="23"/>
        <source>argumento %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="24"/>
        <source>argumentos no reconocidos: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="20"/>
        <source>argumentos posicionales</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="25"/>
        <source>faltan argumentos obligatorios: %s</source>
        <translation>faltan argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="22"/>
        <source>mostrar esta ayuda y salir</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="39"/>
        <source>no se permite junto con el argumento %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="44"/>
        <source>no se puede abrir «%(filename)s»: %(error)s</source>
        <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="21"/>
        <source>opciones</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="33"/>
        <source>opción ambigua: %(option)s puede ser %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="45"/>
        <source>opción inesperada: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="37"/>
        <source>opción no válida: %(value)r (elija entre %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="30"/>
        <source>se esperaba %s argumento</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="29"/>
        <source>se esperaba al menos un argumento</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="28"/>
        <source>se esperaba como máximo un argumento</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="27"/>
        <source>se esperaba un argumento</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="31"/>
        <source>se esperaban %s argumentos</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="40"/>
        <source>se ignoró el argumento explícito %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="26"/>
        <source>se requiere uno de los argumentos %s</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="42"/>
        <source>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</source>
        <translation>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="19"/>
        <source>uso: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../cocreation_app/i18n/argparse_text.py" line="35"/>
        <source>valor no válido (%(type)s): %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="125"/>
        <source>  fila {row}: {message}</source>
        <translation>  fila {row}: {message}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="120"/>
        <source>  fila {row}: {name}: {reason}</source>
        <translation>  fila {row}: {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="179"/>
        <source> [vencido]</source>
        <translation> [vencido]</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="168"/>
        <source> · hitos vencidos: {count}</source>
        <translation> · hitos vencidos: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="30"/>
        <source>%Ln asistencias guardadas en {path}</source>
        <translation>
            <numerusform>%Ln asistencia guardada en {path}</numerusform>
            <numerusform>%Ln asistencias guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="326"/>
        <source>%Ln filas</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="21"/>
        <source>%Ln personas guardadas en {path}</source>
        <translation>
            <numerusform>%Ln persona guardada en {path}</numerusform>
            <numerusform>%Ln personas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="37"/>
        <source>%Ln problemas guardados en {path}</source>
        <translation>
            <numerusform>%Ln problema guardado en {path}</numerusform>
            <numerusform>%Ln problemas guardados en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="325"/>
        <source>%Ln tablas</source>
        <translation>
            <numerusform>%Ln tabla</numerusform>
            <numerusform>%Ln tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/prioritization.py" line="28"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="78"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/privacy.py" line="43"/>
        <source>%n registros</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/privacy.py" line="44"/>
        <source>%n valores del historial</source>
        <translation>
            <numerusform>%n valor del historial</numerusform>
            <numerusform>%n valores del historial</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="27"/>
        <source>ARCHIVO</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="65"/>
        <source>ARCHIVO.cocrea</source>
        <translation>ARCHIVO.cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="89"/>
        <source>ARCHIVO.json</source>
        <translation>ARCHIVO.json</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="45"/>
        <source>ARCHIVO.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="47"/>
        <source>ARCHIVO.xlsx|.csv</source>
        <translation>ARCHIVO.xlsx|.csv</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="45"/>
        <source>AVANCE</source>
        <translation>AVANCE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="30"/>
        <source>Base de datos lista: {path}</source>
        <translation>Base de datos lista: {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="22"/>
        <source>Borrador del plan guardado en {path}</source>
        <translation>Borrador del plan guardado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="181"/>
        <source>CALIFICACIÓN</source>
        <translation>CALIFICACIÓN</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="222"/>
        <source>CAMPO=VALOR</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="104"/>
        <source>CARPETA</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="115"/>
        <source>CARPETA|ARCHIVO.zip</source>
        <translation>CARPETA|ARCHIVO.zip</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="73"/>
        <source>COLUMNA=CAMPO</source>
        <translation>COLUMNA=CAMPO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="69"/>
        <source>COMPROMISO</source>
        <translation>COMPROMISO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="41"/>
        <source>CONFLICTO</source>
        <translation>CONFLICTO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="54"/>
        <source>CONSERVAR_ID</source>
        <translation>CONSERVAR_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="180"/>
        <source>CRITERIO</source>
        <translation>CRITERIO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="173"/>
        <source>CRITERIO=PESO</source>
        <translation>CRITERIO=PESO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="174"/>
        <source>Cambios registrados: {value}</source>
        <translation>Cambios registrados: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="76"/>
        <source>Cocrea: talleres de cocreación de gobierno abierto, sin conexión.</source>
        <translation>Cocrea: talleres de cocreación de gobierno abierto, sin conexión.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="109"/>
        <source>Columnas: {columns}</source>
        <translation>Columnas: {columns}</translation>
    </message>
    <message>
        <source>Datos abiertos guardados en {path}: {resources} tablas, {rows} filas.</source>
        <translation type="vanished">Datos abiertos guardados en {path}: {resources} tablas, {rows} filas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="323"/>
        <source>Datos abiertos guardados en {path}: {tables}, {rows}.</source>
        <translation>Datos abiertos guardados en {path}: {tables}, {rows}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="22"/>
        <source>Datos de la persona guardados en {json} y {text}</source>
        <translation>Datos de la persona guardados en {json} y {text}</translation>
    </message>
    <message>
        <source>Datos personales borrados: {people} registros, {changes} valores del historial.</source>
        <translation type="vanished">Datos personales borrados: {people} registros, {changes} valores del historial.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="42"/>
        <source>Datos personales borrados: {people}, {changes}.</source>
        <translation>Datos personales borrados: {people}, {changes}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="173"/>
        <source>Diario: {value}</source>
        <translation>Diario: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="46"/>
        <source>EQUIPO_ID</source>
        <translation>EQUIPO_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="44"/>
        <source>ESTADO</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="98"/>
        <source>EVIDENCIA</source>
        <translation>EVIDENCIA</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/records.py" line="152"/>
        <source>Eliminados: %n registros</source>
        <translation>
            <numerusform>Eliminado: %n registro</numerusform>
            <numerusform>Eliminados: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Eliminados: {count} registros</source>
        <translation type="vanished">Eliminados: {count} registros</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="169"/>
        <source>Esquema: {value} (versión de la aplicación: {head})</source>
        <translation>Esquema: {value} (versión de la aplicación: {head})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="43"/>
        <source>FECHA</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="114"/>
        <source>Filas válidas: {valid}; posibles duplicadas: {dup}; con errores: {bad}.</source>
        <translation>Filas válidas: {valid}; posibles duplicadas: {dup}; con errores: {bad}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="140"/>
        <source>Guardado: {fields}</source>
        <translation>Guardado: {fields}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="151"/>
        <source>HOJA</source>
        <translation>HOJA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="70"/>
        <source>INDICADOR</source>
        <translation>INDICADOR</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="36"/>
        <source>INSTITUCIÓN</source>
        <translation>INSTITUCIÓN</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="139"/>
        <source>Importadas %Ln personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</source>
        <translation>
            <numerusform>Importada %Ln persona; deberá aceptar el aviso de privacidad al registrar su asistencia.</numerusform>
            <numerusform>Importadas %Ln personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importadas {created} personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</source>
        <translation type="vanished">Importadas {created} personas; deberán aceptar el aviso de privacidad al registrar su asistencia.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="137"/>
        <source>Indique al menos un --set CAMPO=VALOR.</source>
        <translation>Indique al menos un --set CAMPO=VALOR.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="138"/>
        <source>Indique el avance del hito con --percent (0 a 100).</source>
        <translation>Indique el avance del hito con --percent (0 a 100).</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="291"/>
        <source>Informe de avance (%n páginas) guardado en {path}</source>
        <translation>
            <numerusform>Informe de avance (%n página) guardado en {path}</numerusform>
            <numerusform>Informe de avance (%n páginas) guardado en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Informe de avance ({pages} páginas) guardado en {path}</source>
        <translation type="vanished">Informe de avance ({pages} páginas) guardado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="166"/>
        <source>Integridad: {value}</source>
        <translation>Integridad: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="205"/>
        <source>La base de datos anterior se guardó en {path}</source>
        <translation>La base de datos anterior se guardó en {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/exports.py" line="38"/>
        <source>Lista de asistencia (%n filas) guardada en {path}</source>
        <translation>
            <numerusform>Lista de asistencia (%n fila) guardada en {path}</numerusform>
            <numerusform>Lista de asistencia (%n filas) guardada en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Lista de asistencia ({rows} filas) guardada en {path}</source>
        <translation type="vanished">Lista de asistencia ({rows} filas) guardada en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="150"/>
        <source>MESA</source>
        <translation>MESA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="57"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="48"/>
        <source>NOMBRE</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="58"/>
        <source>NOTA</source>
        <translation>NOTA</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">No existe la carpeta «{folder}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/lists.py" line="130"/>
        <source>No se importó nada: %n filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</source>
        <translation>
            <numerusform>No se importó nada: %n fila tiene errores. Corríjala o use --valid-only para importar solo las válidas.</numerusform>
            <numerusform>No se importó nada: %n filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se importó nada: {count} filas tienen errores. Corríjalas o use --skip-invalid para importar solo las válidas.</source>
        <translation type="vanished">No se importó nada: {count} filas tienen errores. Corríjalas o use --skip-invalid para importar solo las válidas.</translation>
    </message>
    <message>
        <source>No se importó nada: {count} filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</source>
        <translation type="vanished">No se importó nada: {count} filas tienen errores. Corríjalas o use --valid-only para importar solo las válidas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="39"/>
        <source>OBSERVACIÓN</source>
        <translation>OBSERVACIÓN</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="55"/>
        <source>OTRO_ID</source>
        <translation>OTRO_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="88"/>
        <source>PERSONA</source>
        <translation>PERSONA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="155"/>
        <source>PERSONAS</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="135"/>
        <source>PESO</source>
        <translation>PESO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="44"/>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="42"/>
        <source>PLAN|HITO</source>
        <translation>PLAN|HITO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="148"/>
        <source>PROBLEMA</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="149"/>
        <source>PUNTOS</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="54"/>
        <source>Para borrar datos personales sin preguntar, agregue --yes.</source>
        <translation>Para borrar datos personales sin preguntar, agregue --yes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="135"/>
        <source>Para reportar el avance de un hito, indique --status.</source>
        <translation>Para reportar el avance de un hito, indique --status.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="167"/>
        <source>Problemas de llaves foráneas: {value}</source>
        <translation>Problemas de llaves foráneas: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="84"/>
        <source>RUTA</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="190"/>
        <source>Respaldo guardado en {path}</source>
        <translation>Respaldo guardado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="203"/>
        <source>Respaldo restaurado en {path}</source>
        <translation>Respaldo restaurado en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="177"/>
        <source>Resultado: con problemas</source>
        <translation>Resultado: con problemas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="177"/>
        <source>Resultado: correcto</source>
        <translation>Resultado: correcto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="110"/>
        <source>SUBCOMANDO</source>
        <translation>SUBCOMANDO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="59"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="124"/>
        <location filename="../cocreation_app/cli/privacy.py" line="58"/>
        <location filename="../cocreation_app/cli/records.py" line="143"/>
        <source>Sin cambios.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="241"/>
        <source>Sin valoraciones.</source>
        <translation>Sin valoraciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/followup.py" line="306"/>
        <source>Sitio guardado en {path}: %n páginas; abra index.html.</source>
        <translation>
            <numerusform>Sitio guardado en {path}: %n página; abra index.html.</numerusform>
            <numerusform>Sitio guardado en {path}: %n páginas; abra index.html.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sitio guardado en {path}: {pages} páginas; abra index.html.</source>
        <translation type="vanished">Sitio guardado en {path}: {pages} páginas; abra index.html.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="55"/>
        <source>TALLER</source>
        <translation>TALLER</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="44"/>
        <source>TEXTO</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="213"/>
        <source>TIPO</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="219"/>
        <source>Una autoevaluación necesita --what-changed (qué cambió).</source>
        <translation>Una autoevaluación necesita --what-changed (qué cambió).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="204"/>
        <source>Una valoración necesita --value, --by (quién) y --reason (por qué).</source>
        <translation>Una valoración necesita --value, --by (quién) y --reason (por qué).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="71"/>
        <source>VALOR</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="43"/>
        <source>VALOR_ID</source>
        <translation>VALOR_ID</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="75"/>
        <source>VALOR_OGP</source>
        <translation>VALOR_OGP</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="80"/>
        <source>[corregido]</source>
        <translation>[corregido]</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="50"/>
        <source>agregar un anexo con las observaciones y sus respuestas</source>
        <translation>agregar un anexo con las observaciones y sus respuestas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="220"/>
        <source>agregar un registro; imprime su id</source>
        <translation>agregar un registro; imprime su id</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="30"/>
        <source>agregar una observación a un elemento del plan</source>
        <translation>agregar una observación a un elemento del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="90"/>
        <source>anonimizar a una persona participante</source>
        <translation>anonimizar a una persona participante</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="84"/>
        <source>archivo de base de datos</source>
        <translation>archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="53"/>
        <source>archivo de evidencia (PDF, foto, hoja de cálculo); se puede repetir</source>
        <translation>archivo de evidencia (PDF, foto, hoja de cálculo); se puede repetir</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="36"/>
        <source>archivos o carpetas</source>
        <translation>archivos o carpetas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="76"/>
        <source>autoevaluación al cierre: valor de gobierno abierto</source>
        <translation>autoevaluación al cierre: valor de gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="78"/>
        <source>autoevaluación: qué cambió</source>
        <translation>autoevaluación: qué cambió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="73"/>
        <source>autoría de todos los comentarios</source>
        <translation>autoría de todos los comentarios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="43"/>
        <location filename="../cocreation_app/cli/followup.py" line="105"/>
        <location filename="../cocreation_app/cli/followup.py" line="116"/>
        <source>avance a esta fecha (hoy)</source>
        <translation>avance a esta fecha (hoy)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="40"/>
        <source>avance de un plan; con --status, reportar el avance de un hito</source>
        <translation>avance de un plan; con --status, reportar el avance de un hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="45"/>
        <source>avance del hito, 0 a 100</source>
        <translation>avance del hito, 0 a 100</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="52"/>
        <source>cambiar el estado de revisión del plan</source>
        <translation>cambiar el estado de revisión del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="211"/>
        <source>cargar un plan de demostración</source>
        <translation>cargar un plan de demostración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="34"/>
        <source>cifrar con esta contraseña</source>
        <translation>cifrar con esta contraseña</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="174"/>
        <source>con --defaults: peso de impact, urgency o feasibility (1)</source>
        <translation>con --defaults: peso de impact, urgency o feasibility (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="43"/>
        <source>conservar este valor</source>
        <translation>conservar este valor</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="168"/>
        <source>crear impacto, urgencia y factibilidad</source>
        <translation>crear impacto, urgencia y factibilidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="210"/>
        <source>crear o actualizar la base de datos</source>
        <translation>crear o actualizar la base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="163"/>
        <source>criterios de priorización de un taller</source>
        <translation>criterios de priorización de un taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="223"/>
        <source>editar un registro</source>
        <translation>editar un registro</translation>
    </message>
    <message>
        <source>el disco está lleno; no se guardó nada.</source>
        <translation type="vanished">el disco está lleno; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="96"/>
        <source>eliminar definitivamente una evidencia (también en las demás computadoras)</source>
        <translation>eliminar definitivamente una evidencia (también en las demás computadoras)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="50"/>
        <source>eliminar el huérfano</source>
        <translation>eliminar el huérfano</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="227"/>
        <source>eliminar un registro</source>
        <translation>eliminar un registro</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/__init__.py" line="63"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/__init__.py" line="57"/>
        <source>error inesperado; los detalles se guardaron en {path}</source>
        <translation>error inesperado; los detalles se guardaron en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="44"/>
        <source>escribir un valor nuevo</source>
        <translation>escribir un valor nuevo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="47"/>
        <source>estado, historial y observaciones de un plan</source>
        <translation>estado, historial y observaciones de un plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="21"/>
        <source>este equipo</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="43"/>
        <source>exportar el borrador del plan en PDF</source>
        <translation>exportar el borrador del plan en PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="86"/>
        <source>exportar el informe de avance de un periodo en PDF</source>
        <translation>exportar el informe de avance de un periodo en PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="101"/>
        <source>exportar el sitio de seguimiento: HTML sin conexión, para una memoria USB o la web</source>
        <translation>exportar el sitio de seguimiento: HTML sin conexión, para una memoria USB o la web</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="52"/>
        <source>exportar la asistencia de un taller (XLSX o CSV)</source>
        <translation>exportar la asistencia de un taller (XLSX o CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="53"/>
        <source>exportar la lista de asistencia en PDF</source>
        <translation>exportar la lista de asistencia en PDF</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="58"/>
        <source>exportar la priorización de un taller (XLSX o CSV)</source>
        <translation>exportar la priorización de un taller (XLSX o CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="44"/>
        <source>exportar las personas participantes de un plan (XLSX o CSV)</source>
        <translation>exportar las personas participantes de un plan (XLSX o CSV)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="110"/>
        <source>exportar los datos abiertos del plan (Frictionless Data Package), sin datos personales</source>
        <translation>exportar los datos abiertos del plan (Frictionless Data Package), sin datos personales</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="87"/>
        <source>exportar los datos de una persona</source>
        <translation>exportar los datos de una persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="62"/>
        <source>exportar solo las observaciones (archivo .cocrea)</source>
        <translation>exportar solo las observaciones (archivo .cocrea)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="26"/>
        <source>exportar un paquete .cocrea</source>
        <translation>exportar un paquete .cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="81"/>
        <source>fecha de la valoración (hoy)</source>
        <translation>fecha de la valoración (hoy)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="46"/>
        <source>fecha del reporte (hoy)</source>
        <translation>fecha del reporte (hoy)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="94"/>
        <source>fin del periodo (hoy)</source>
        <translation>fin del periodo (hoy)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="52"/>
        <source>fusionar dos registros de una persona</source>
        <translation>fusionar dos registros de una persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="159"/>
        <source>historial de conteos de puntos</source>
        <translation>historial de conteos de puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="151"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="183"/>
        <source>hoja de papel de donde viene el conteo</source>
        <translation>hoja de papel de donde viene el conteo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="85"/>
        <source>idioma: es (predeterminado) o en</source>
        <translation>idioma: es (predeterminado) o en</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="80"/>
        <source>importar las filas válidas aunque otras tengan errores</source>
        <translation>importar las filas válidas aunque otras tengan errores</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="70"/>
        <source>importar los comentarios escritos sobre el PDF del borrador</source>
        <translation>importar los comentarios escritos sobre el PDF del borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="35"/>
        <source>importar paquetes .cocrea</source>
        <translation>importar paquetes .cocrea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="65"/>
        <source>importar personas de una lista de preregistro (CSV o XLSX)</source>
        <translation>importar personas de una lista de preregistro (CSV o XLSX)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="85"/>
        <source>importar también a quien parece estar ya en el plan o repetido</source>
        <translation>importar también a quien parece estar ya en el plan o repetido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="40"/>
        <source>incluir género, correo y teléfono (datos personales)</source>
        <translation>incluir género, correo y teléfono (datos personales)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="91"/>
        <source>inicio del periodo</source>
        <translation>inicio del periodo</translation>
    </message>
    <message>
        <source>la base de datos está ocupada por otro programa; intente de nuevo.</source>
        <translation type="vanished">la base de datos está ocupada por otro programa; intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="58"/>
        <source>las evidencias se pueden publicar (no muestran ni nombran a personas, o dieron su consentimiento); sin esto no van a los datos abiertos ni al sitio</source>
        <translation>las evidencias se pueden publicar (no muestran ni nombran a personas, o dieron su consentimiento); sin esto no van a los datos abiertos ni al sitio</translation>
    </message>
    <message>
        <source>licencia de los datos (CC-BY-4.0)</source>
        <translation type="vanished">licencia de los datos (CC-BY-4.0)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="121"/>
        <source>licencia de los datos ({default})</source>
        <translation>licencia de los datos ({default})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="212"/>
        <source>listar registros</source>
        <translation>listar registros</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="44"/>
        <source>marcar un equipo como no confiable: sus paquetes se rechazan</source>
        <translation>marcar un equipo como no confiable: sus paquetes se rechazan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="43"/>
        <source>marcar una observación como atendida</source>
        <translation>marcar una observación como atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="150"/>
        <location filename="../cocreation_app/cli/prioritization.py" line="182"/>
        <source>mesa o grupo</source>
        <translation>mesa o grupo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="82"/>
        <source>mostrar la versión y salir</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="75"/>
        <source>mostrar sin guardar</source>
        <translation>mostrar sin guardar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="216"/>
        <source>mostrar un registro</source>
        <translation>mostrar un registro</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="23"/>
        <source>no confiable</source>
        <translation>no confiable</translation>
    </message>
    <message>
        <source>no se pudo usar la base de datos: {reason}</source>
        <translation type="vanished">no se pudo usar la base de datos: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="156"/>
        <source>personas que votaron en la mesa: su tope es personas × puntos por persona</source>
        <translation>personas que votaron en la mesa: su tope es personas × puntos por persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="143"/>
        <source>peso de los criterios en el puntaje combinado (1)</source>
        <translation>peso de los criterios en el puntaje combinado (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="136"/>
        <source>peso de los puntos en el puntaje combinado (1)</source>
        <translation>peso de los puntos en el puntaje combinado (1)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="80"/>
        <source>por qué</source>
        <translation>por qué</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="129"/>
        <source>priorización: problemas ordenados por puntaje</source>
        <translation>priorización: problemas ordenados por puntaje</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="79"/>
        <source>quién valora</source>
        <translation>quién valora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/lists.py" line="74"/>
        <source>qué campo tiene una columna (encabezado, letra o número); CAMPO vacío la ignora</source>
        <translation>qué campo tiene una columna (encabezado, letra o número); CAMPO vacío la ignora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="47"/>
        <source>qué se hizo</source>
        <translation>qué se hizo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="146"/>
        <source>registrar el conteo de puntos de una mesa</source>
        <translation>registrar el conteo de puntos de una mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="177"/>
        <source>registrar la calificación (1–5) de una mesa</source>
        <translation>registrar la calificación (1–5) de una mesa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="40"/>
        <source>resolver un conflicto</source>
        <translation>resolver un conflicto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="232"/>
        <source>respaldar la base de datos</source>
        <translation>respaldar la base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="38"/>
        <source>responder una observación</source>
        <translation>responder una observación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="48"/>
        <source>restaurar el registro superior eliminado</source>
        <translation>restaurar el registro superior eliminado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="234"/>
        <source>restaurar un respaldo de la base de datos</source>
        <translation>restaurar un respaldo de la base de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/records.py" line="230"/>
        <source>revisar integridad y esquema</source>
        <translation>revisar integridad y esquema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="32"/>
        <source>seudónimos en lugar de nombres; sin correo ni teléfono</source>
        <translation>seudónimos en lugar de nombres; sin correo ni teléfono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="24"/>
        <source>sin clave</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="92"/>
        <location filename="../cocreation_app/cli/privacy.py" line="99"/>
        <source>sin pedir confirmación</source>
        <translation>sin pedir confirmación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/exports.py" line="58"/>
        <source>sin personas registradas</source>
        <translation>sin personas registradas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="161"/>
        <source>solo los conteos de este problema</source>
        <translation>solo los conteos de este problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="28"/>
        <source>solo los registros de este plan</source>
        <translation>solo los registros de este plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/bundle_commands.py" line="37"/>
        <location filename="../cocreation_app/cli/lists.py" line="76"/>
        <source>solo mostrar la vista previa</source>
        <translation>solo mostrar la vista previa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="158"/>
        <source>sumar los puntos de una persona</source>
        <translation>sumar los puntos de una persona</translation>
    </message>
    <message>
        <source>sí</source>
        <translation type="vanished">sí</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/parser.py" line="56"/>
        <source>uso incorrecto</source>
        <translation>uso incorrecto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="67"/>
        <source>valoraciones de un compromiso; con --indicator o --ogp-value, agregar una</source>
        <translation>valoraciones de un compromiso; con --indicator o --ogp-value, agregar una</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="71"/>
        <source>valoración del indicador</source>
        <translation>valoración del indicador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/devices.py" line="47"/>
        <source>volver a confiar en un equipo</source>
        <translation>volver a confiar en un equipo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review_commands.py" line="45"/>
        <source>volver a marcarla como pendiente</source>
        <translation>volver a marcarla como pendiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="254"/>
        <source>{date}  autoevaluación, {value}: {text}</source>
        <translation>{date}  autoevaluación, {value}: {text}</translation>
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
        <translation type="vanished">{rank}. {title} — {dots} puntos, criterios {criteria}, combinado {combined}  {id}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="25"/>
        <source>{rank}. {title} — {dots}, criterios {criteria}, combinado {combined}  {id}</source>
        <translation>{rank}. {title} — {dots}, criterios {criteria}, combinado {combined}  {id}</translation>
    </message>
    <message>
        <source>{rows} asistencias guardadas en {path}</source>
        <translation type="vanished">{rows} asistencias guardadas en {path}</translation>
    </message>
    <message>
        <source>{rows} personas guardadas en {path}</source>
        <translation type="vanished">{rows} personas guardadas en {path}</translation>
    </message>
    <message>
        <source>{rows} problemas guardados en {path}</source>
        <translation type="vanished">{rows} problemas guardados en {path}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="163"/>
        <source>{title}: avance {progress} al {date}</source>
        <translation>{title}: avance {progress} al {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="83"/>
        <source>{when}  {origin} ({sheet})  {problem}: {dots}  {mark}</source>
        <translation>{when}  {origin} ({sheet})  {problem}: {dots}  {mark}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="85"/>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} (antes {previous})  {mark}</source>
        <translation>{when}  {origin} ({sheet})  {problem}: {dots} (antes {previous})  {mark}</translation>
    </message>
    <message>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} puntos  {mark}</source>
        <translation type="vanished">{when}  {origin} ({sheet})  {problem}: {dots} puntos  {mark}</translation>
    </message>
    <message>
        <source>{when}  {origin} ({sheet})  {problem}: {dots} puntos (antes {previous})  {mark}</source>
        <translation type="vanished">{when}  {origin} ({sheet})  {problem}: {dots} puntos (antes {previous})  {mark}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/prioritization.py" line="102"/>
        <source>«{item}» no tiene la forma CRITERIO=PESO.</source>
        <translation>«{item}» no tiene la forma CRITERIO=PESO.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="75"/>
        <source>«{name}» se eliminó definitivamente.</source>
        <translation>«{name}» se eliminó definitivamente.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="78"/>
        <source>«{name}» se eliminó definitivamente; su contenido se conserva porque otra evidencia vigente tiene el mismo archivo.</source>
        <translation>«{name}» se eliminó definitivamente; su contenido se conserva porque otra evidencia vigente tiene el mismo archivo.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>«{path}»: {reason}</source>
        <translation type="vanished">«{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/followup.py" line="29"/>
        <source>«{value}» no es una fecha AAAA-MM-DD</source>
        <translation>«{value}» no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="35"/>
        <source>¿Anonimizar a «{name}» y borrar su historial en esta computadora? [s/N] </source>
        <translation>¿Anonimizar a «{name}» y borrar su historial en esta computadora? [s/N] </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/privacy.py" line="67"/>
        <source>¿Eliminar definitivamente «{name}»? No se puede deshacer, y al sincronizar también se borra en las demás computadoras. [s/N] </source>
        <translation>¿Eliminar definitivamente «{name}»? No se puede deshacer, y al sincronizar también se borra en las demás computadoras. [s/N] </translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="91"/>
        <source>El compromiso necesita al menos un hito.</source>
        <translation>El compromiso necesita al menos un hito.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="109"/>
        <source>El hito «{title}» dice «{status}» pero tiene avance: corrija el estado o el avance (pasa cuando dos equipos editan el hito por separado).</source>
        <translation>El hito «{title}» dice «{status}» pero tiene avance: corrija el estado o el avance (pasa cuando dos equipos editan el hito por separado).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="94"/>
        <source>El hito «{title}» no es verificable: falta {fields}.</source>
        <translation>El hito «{title}» no es verificable: falta {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="84"/>
        <source>Faltan campos obligatorios: {fields}.</source>
        <translation>Faltan campos obligatorios: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/completeness.py" line="103"/>
        <source>Las fechas del hito «{title}» salen del periodo del compromiso.</source>
        <translation>Las fechas del hito «{title}» salen del periodo del compromiso.</translation>
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
        <translation>Sí</translation>
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
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="35"/>
        <source>Aprobado</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="126"/>
        <source>Aprobar</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="130"/>
        <source>Aprobar (propuesto, por confirmar)</source>
        <translation>Aprobar (propuesto, por confirmar)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="32"/>
        <source>Borrador</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="34"/>
        <source>Cambios solicitados</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="57"/>
        <source>Cancelado</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="48"/>
        <source>Causa</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="19"/>
        <source>Ciudadanía</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="125"/>
        <source>Comentario</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="70"/>
        <source>Completado</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="79"/>
        <source>Completo</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="147"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="37"/>
        <source>Concluido</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="56"/>
        <source>Cumplido</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="44"/>
        <source>Descartado</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="49"/>
        <source>Efecto</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="107"/>
        <source>Empeoró</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="55"/>
        <source>En curso</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="36"/>
        <source>En implementación</source>
        <translation>En implementación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="33"/>
        <source>En revisión</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="14"/>
        <source>Gobierno</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="148"/>
        <source>Hito</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="25"/>
        <source>Hombre</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="77"/>
        <source>Limitado</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="109"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="110"/>
        <source>Mayor</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="102"/>
        <source>Modesto</source>
        <translation>Modesto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="24"/>
        <source>Mujer</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="98"/>
        <source>Ninguno</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="92"/>
        <source>Nivel de cumplimiento</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="96"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="26"/>
        <source>No binario</source>
        <translation>No binario</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="108"/>
        <source>No cambió</source>
        <translation>No cambió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="68"/>
        <source>No iniciado</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="20"/>
        <source>Otro</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="62"/>
        <source>Participación ciudadana</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="144"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="101"/>
        <source>Poco claro</source>
        <translation>Poco claro</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="91"/>
        <source>Potencial de resultados</source>
        <translation>Potencial de resultados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="28"/>
        <source>Prefiere no decir</source>
        <translation>Prefiere no decir</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="42"/>
        <source>Priorizado</source>
        <translation>Priorizado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="145"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="41"/>
        <source>Propuesto</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="90"/>
        <source>Relevancia para los valores de gobierno abierto</source>
        <translation>Relevancia para los valores de gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="63"/>
        <source>Rendición de cuentas</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="137"/>
        <source>Representación de gobierno</source>
        <translation>Representación de gobierno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="139"/>
        <source>Representación de sociedad civil</source>
        <translation>Representación de sociedad civil</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="138"/>
        <source>Representación del órgano garante</source>
        <translation>Representación del órgano garante</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="71"/>
        <source>Retrasado</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="84"/>
        <source>Reunión de seguimiento</source>
        <translation>Reunión de seguimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="140"/>
        <source>Secretaría técnica</source>
        <translation>Secretaría técnica</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="18"/>
        <source>Sector privado</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="43"/>
        <source>Seleccionado</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="153"/>
        <source>Sin dato</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="75"/>
        <source>Sin evidencia</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="111"/>
        <source>Sobresaliente</source>
        <translation>Sobresaliente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="16"/>
        <source>Sociedad civil</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="127"/>
        <source>Solicitar cambios</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="131"/>
        <source>Solicitar cambios (propuesto, por confirmar)</source>
        <translation>Solicitar cambios (propuesto, por confirmar)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="146"/>
        <source>Solución</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="78"/>
        <source>Sustancial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="96"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="83"/>
        <source>Taller de cocreación</source>
        <translation>Taller de cocreación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="64"/>
        <source>Tecnología e innovación</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="61"/>
        <source>Transparencia</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="89"/>
        <source>Verificable</source>
        <translation>Verificable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="93"/>
        <source>¿Abrió el gobierno?</source>
        <translation>¿Abrió el gobierno?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/models/enums.py" line="15"/>
        <source>Órgano garante</source>
        <translation>Órgano garante</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="300"/>
        <source>Acepta fotografías</source>
        <translation>Acepta fotografías</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="293"/>
        <source>Acepta publicar su nombre</source>
        <translation>Acepta publicar su nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="286"/>
        <source>Acepta ser contactada</source>
        <translation>Acepta ser contactada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="272"/>
        <source>Aceptó el aviso de privacidad</source>
        <translation>Aceptó el aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="403"/>
        <source>Actores de apoyo: gobierno</source>
        <translation>Actores de apoyo: gobierno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="405"/>
        <source>Actores de apoyo: otros</source>
        <translation>Actores de apoyo: otros</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="404"/>
        <source>Actores de apoyo: sociedad civil</source>
        <translation>Actores de apoyo: sociedad civil</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="413"/>
        <source>Alineación con los ODS</source>
        <translation>Alineación con los ODS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="478"/>
        <source>Atendida</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="474"/>
        <source>Autoría</source>
        <translation>Autoría</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="444"/>
        <source>Avance (%)</source>
        <translation>Avance (%)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="207"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Aviso de privacidad simplificado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="565"/>
        <source>Calificación</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="263"/>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="407"/>
        <source>Cargo del contacto</source>
        <translation>Cargo del contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="388"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="206"/>
        <source>Contexto</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="408"/>
        <source>Correo del contacto</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="266"/>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="180"/>
        <source>Corrige a</source>
        <translation>Corrige a</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="547"/>
        <source>Criterio</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="400"/>
        <source>Cómo contribuye a resolver el problema</source>
        <translation>Cómo contribuye a resolver el problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="340"/>
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="399"/>
        <source>Descripción del compromiso</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="473"/>
        <source>Dictamen</source>
        <translation>Dictamen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="470"/>
        <source>Elemento</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="200"/>
        <source>Entidad federativa</source>
        <translation>Entidad federativa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="437"/>
        <source>Entregable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="205"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="495"/>
        <source>Estado anterior</source>
        <translation>Estado anterior</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="496"/>
        <source>Estado nuevo</source>
        <translation>Estado nuevo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="342"/>
        <source>Evidencia y línea base</source>
        <translation>Evidencia y línea base</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="234"/>
        <source>Facilitación</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="232"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="519"/>
        <source>Fecha de emisión</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="410"/>
        <source>Fecha de inicio</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="645"/>
        <source>Fecha de la valoración</source>
        <translation>Fecha de la valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="411"/>
        <source>Fecha de término</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="282"/>
        <source>Fecha del consentimiento</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="500"/>
        <source>Fecha y hora</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="203"/>
        <source>Fin del periodo</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="304"/>
        <source>Fusionada en</source>
        <translation>Fusionada en</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="264"/>
        <source>Género</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="429"/>
        <source>Hito</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="179"/>
        <source>Hoja</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="323"/>
        <source>Hora de registro</source>
        <translation>Hora de registro</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="616"/>
        <source>Huella SHA-256</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="439"/>
        <source>Indicador</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="202"/>
        <source>Inicio del periodo</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="475"/>
        <source>Institución</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="402"/>
        <source>Institución responsable</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="646"/>
        <source>Justificación</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="265"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="480"/>
        <source>Lugar en el borrador</source>
        <translation>Lugar en el borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="520"/>
        <source>Medio</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="438"/>
        <source>Medio de verificación</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="178"/>
        <source>Mesa o grupo</source>
        <translation>Mesa o grupo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="235"/>
        <source>Minuta</source>
        <translation>Minuta</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="201"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="595"/>
        <source>Narrativa</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="445"/>
        <source>Nivel de cumplimiento</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="360"/>
        <source>Nodo superior</source>
        <translation>Nodo superior</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="260"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="613"/>
        <source>Nombre del archivo</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="406"/>
        <source>Nombre del contacto</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="499"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="395"/>
        <source>Número</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="398"/>
        <source>Objetivo</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="363"/>
        <source>Orden</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="262"/>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="479"/>
        <source>Origen</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="268"/>
        <source>Papel en el STL</source>
        <translation>Papel en el STL</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="253"/>
        <source>Persona participante</source>
        <translation>Persona participante</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="555"/>
        <source>Peso</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="447"/>
        <source>Peso en el avance del compromiso</source>
        <translation>Peso en el avance del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="194"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="341"/>
        <source>Población afectada</source>
        <translation>Población afectada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="412"/>
        <source>Presupuesto (MXN)</source>
        <translation>Presupuesto (MXN)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="359"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="332"/>
        <source>Problema público</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="397"/>
        <source>Problema que atiende</source>
        <translation>Problema que atiende</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="537"/>
        <source>Puntos</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="236"/>
        <source>Puntos por persona</source>
        <translation>Puntos por persona</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="644"/>
        <source>Quién valoró</source>
        <translation>Quién valoró</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="670"/>
        <source>Qué cambió</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="518"/>
        <source>Reloj</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="586"/>
        <source>Reporte de avance</source>
        <translation>Reporte de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="440"/>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="477"/>
        <source>Respuesta a</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="619"/>
        <source>Se puede publicar</source>
        <translation>Se puede publicar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="261"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="233"/>
        <source>Sede</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="224"/>
        <source>Taller</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="615"/>
        <source>Tamaño (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="267"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="409"/>
        <source>Teléfono del contacto</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="231"/>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="362"/>
        <source>Texto</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="361"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="614"/>
        <source>Tipo de archivo</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="466"/>
        <source>Tipo de elemento</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="240"/>
        <source>Tipo de reunión</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="199"/>
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="666"/>
        <source>Valor de gobierno abierto</source>
        <translation>Valor de gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="630"/>
        <source>Valoración</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="401"/>
        <source>Valores de gobierno abierto</source>
        <translation>Valores de gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="279"/>
        <source>Versión del aviso aceptada</source>
        <translation>Versión del aviso aceptada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="208"/>
        <source>Versión del aviso de privacidad</source>
        <translation>Versión del aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="209"/>
        <source>Versión del borrador</source>
        <translation>Versión del borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="204"/>
        <source>Órgano garante</source>
        <translation>Órgano garante</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="315"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="316"/>
        <source>Asistencias</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="658"/>
        <source>Autoevaluaciones</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="657"/>
        <source>Autoevaluación</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="566"/>
        <source>Calificaciones</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="565"/>
        <source>Calificación</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="488"/>
        <source>Cambio de estado de revisión</source>
        <translation>Cambio de estado de revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="353"/>
        <source>Causa o efecto</source>
        <translation>Causa o efecto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="354"/>
        <source>Causas y efectos</source>
        <translation>Causas y efectos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="388"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="389"/>
        <source>Compromisos</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="529"/>
        <source>Conteo de puntos</source>
        <translation>Conteo de puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="530"/>
        <source>Conteos de puntos</source>
        <translation>Conteos de puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="547"/>
        <source>Criterio</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="548"/>
        <source>Criterios</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="607"/>
        <source>Evidencia</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="608"/>
        <source>Evidencias</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="489"/>
        <source>Historial de revisión</source>
        <translation>Historial de revisión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="429"/>
        <source>Hito</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="430"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="459"/>
        <source>Observaciones</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="458"/>
        <source>Observación</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="253"/>
        <source>Persona participante</source>
        <translation>Persona participante</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="254"/>
        <source>Personas participantes</source>
        <translation>Personas participantes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="195"/>
        <source>Plan de Acción Local</source>
        <translation>Plan de Acción Local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="196"/>
        <source>Planes de Acción Local</source>
        <translation>Planes de Acción Local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="332"/>
        <source>Problema público</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="333"/>
        <source>Problemas públicos</source>
        <translation>Problemas públicos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="373"/>
        <source>Propuesta de solución</source>
        <translation>Propuesta de solución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="374"/>
        <source>Propuestas de solución</source>
        <translation>Propuestas de solución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="586"/>
        <source>Reporte de avance</source>
        <translation>Reporte de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="587"/>
        <source>Reportes de avance</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="224"/>
        <source>Taller</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="225"/>
        <source>Talleres</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="631"/>
        <source>Valoraciones</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="630"/>
        <source>Valoración</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="511"/>
        <source>Versiones emitidas del borrador</source>
        <translation>Versiones emitidas del borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="510"/>
        <source>Versión emitida del borrador</source>
        <translation>Versión emitida del borrador</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="95"/>
        <source>Acepta fotografías</source>
        <translation>Acepta fotografías</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="94"/>
        <source>Acepta publicar su nombre</source>
        <translation>Acepta publicar su nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="93"/>
        <source>Acepta ser contactada</source>
        <translation>Acepta ser contactada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="90"/>
        <source>Aceptó el aviso de privacidad</source>
        <translation>Aceptó el aviso de privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="194"/>
        <source>Apellidos</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="155"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="172"/>
        <source>Calificación de criterios (1 a 5)</source>
        <translation>Calificación de criterios (1 a 5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="174"/>
        <source>Desempate</source>
        <translation>Desempate</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="92"/>
        <source>Fecha del consentimiento</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="493"/>
        <source>Fila {row}: {reason} No se importó nada.</source>
        <translation>Fila {row}: {reason} No se importó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Género</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="150"/>
        <source>Hora de registro</source>
        <translation>Hora de registro</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="416"/>
        <source>Indique qué columna tiene el nombre de la persona (campo «{field}»).</source>
        <translation>Indique qué columna tiene el nombre de la persona (campo «{field}»).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Localidad</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="168"/>
        <source>Lugar</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="171"/>
        <source>Mesas que dieron puntos</source>
        <translation>Mesas que dieron puntos</translation>
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
        <translation>No existe el plan con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="51"/>
        <source>No existe el taller con id «{id}».</source>
        <translation>No existe el taller con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="313"/>
        <source>No hay una columna «{column}»; las columnas son: {headers}.</source>
        <translation>No hay una columna «{column}»; las columnas son: {headers}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="131"/>
        <source>Participantes</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="188"/>
        <source>Priorización</source>
        <translation>Priorización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="169"/>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="173"/>
        <source>Puntaje combinado (0 a 100)</source>
        <translation>Puntaje combinado (0 a 100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="170"/>
        <source>Puntos</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="56"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="32"/>
        <source>Sí</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="96"/>
        <source>Talleres a los que asistió</source>
        <translation>Talleres a los que asistió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="58"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/lists.py" line="91"/>
        <source>Versión del aviso</source>
        <translation>Versión del aviso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="356"/>
        <source>el nombre es demasiado largo.</source>
        <translation>el nombre es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="354"/>
        <source>falta el nombre.</source>
        <translation>falta el nombre.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="407"/>
        <source>mismo correo que «{who}»</source>
        <translation>mismo correo que «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="406"/>
        <source>mismo nombre que «{who}»</source>
        <translation>mismo nombre que «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="408"/>
        <source>mismo teléfono que «{who}»</source>
        <translation>mismo teléfono que «{who}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="375"/>
        <source>no se reconoce el género «{value}»; use uno de: {choices}.</source>
        <translation>no se reconoce el género «{value}»; use uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="362"/>
        <source>no se reconoce el sector «{value}»; use uno de: {choices}.</source>
        <translation>no se reconoce el sector «{value}»; use uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="443"/>
        <source>repetida en el archivo (fila {row}): </source>
        <translation>repetida en el archivo (fila {row}): </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="437"/>
        <source>ya está en el plan: </source>
        <translation>ya está en el plan: </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="346"/>
        <source>«{field}» es demasiado largo.</source>
        <translation>«{field}» es demasiado largo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/participant_import.py" line="341"/>
        <source>«{field}» tiene %n caracteres; el máximo es {limit}.</source>
        <translation>
            <numerusform>«{field}» tiene %n carácter; el máximo es {limit}.</numerusform>
            <numerusform>«{field}» tiene %n caracteres; el máximo es {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>«{field}» tiene {count} caracteres; el máximo es {limit}.</source>
        <translation type="vanished">«{field}» tiene {count} caracteres; el máximo es {limit}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="283"/>
        <source>«{item}»: use COLUMNA=CAMPO.</source>
        <translation>«{item}»: use COLUMNA=CAMPO.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="286"/>
        <source>«{name}» no es un campo que se pueda importar; use uno de: {fields}.</source>
        <translation>«{name}» no es un campo que se pueda importar; use uno de: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participant_import.py" line="383"/>
        <source>«{value}» no parece un correo electrónico.</source>
        <translation>«{value}» no parece un correo electrónico.</translation>
    </message>
</context>
<context>
    <name>open_data</name>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="140"/>
        <source>Actores de apoyo: gobierno</source>
        <translation>Actores de apoyo: gobierno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="146"/>
        <source>Actores de apoyo: otros</source>
        <translation>Actores de apoyo: otros</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="144"/>
        <source>Actores de apoyo: sociedad civil</source>
        <translation>Actores de apoyo: sociedad civil</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="150"/>
        <source>Alineación con los ODS</source>
        <translation>Alineación con los ODS</translation>
    </message>
    <message>
        <source>Archivos de evidencia de los reportes de avance (nombre, tipo, tamaño y huella).</source>
        <translation type="vanished">Archivos de evidencia de los reportes de avance (nombre, tipo, tamaño y huella).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="393"/>
        <source>Archivos de evidencia de los reportes de avance que se marcaron como publicables (nombre, tipo, tamaño y huella).</source>
        <translation>Archivos de evidencia de los reportes de avance que se marcaron como publicables (nombre, tipo, tamaño y huella).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="312"/>
        <source>Asistencia por sector y género</source>
        <translation>Asistencia por sector y género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="416"/>
        <source>Autoevaluaciones</source>
        <translation>Autoevaluaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="417"/>
        <source>Autoevaluación al cierre de cada compromiso: qué cambió en cada valor de gobierno abierto.</source>
        <translation>Autoevaluación al cierre de cada compromiso: qué cambió en cada valor de gobierno abierto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="171"/>
        <source>Avance (%) según su último reporte</source>
        <translation>Avance (%) según su último reporte</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="152"/>
        <source>Avance (%): promedio ponderado de sus hitos</source>
        <translation>Avance (%): promedio ponderado de sus hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="86"/>
        <source>Avance del plan (%): promedio de sus compromisos</source>
        <translation>Avance del plan (%): promedio de sus compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="183"/>
        <source>Avance reportado (%)</source>
        <translation>Avance reportado (%)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="166"/>
        <source>Cada tabla se describe, columna por columna, en datapackage.json (Frictionless Data Package). Los valores codificados se explican en data/codes.csv.</source>
        <translation>Cada tabla se describe, columna por columna, en datapackage.json (Frictionless Data Package). Los valores codificados se explican en data/codes.csv.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="157"/>
        <location filename="../cocreation_app/reports/public_data.py" line="201"/>
        <location filename="../cocreation_app/reports/public_data.py" line="209"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="363"/>
        <source>Compromisos</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="364"/>
        <source>Compromisos del plan, con su avance derivado de sus hitos.</source>
        <translation>Compromisos del plan, con su avance derivado de sus hitos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="223"/>
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="428"/>
        <source>Códigos</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="133"/>
        <source>Cómo contribuye a resolver el problema</source>
        <translation>Cómo contribuye a resolver el problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="117"/>
        <location filename="../cocreation_app/reports/open_data.py" line="142"/>
        <source>Datos abiertos del Plan de Acción Local de {municipality}, {state}: problemas, compromisos, hitos, avances, evidencias y valoraciones. Sin datos personales.</source>
        <translation>Datos abiertos del Plan de Acción Local de {municipality}, {state}: problemas, compromisos, hitos, avances, evidencias y valoraciones. Sin datos personales.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="113"/>
        <location filename="../cocreation_app/reports/public_data.py" line="123"/>
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="132"/>
        <source>Descripción del compromiso</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="295"/>
        <source>El Plan de Acción Local.</source>
        <translation>El Plan de Acción Local.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="77"/>
        <source>Entidad federativa</source>
        <translation>Entidad federativa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="160"/>
        <source>Entregable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="117"/>
        <location filename="../cocreation_app/reports/public_data.py" line="151"/>
        <source>Estado (código, ver codes.csv)</source>
        <translation>Estado (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="82"/>
        <source>Estado del plan (código, ver codes.csv)</source>
        <translation>Estado del plan (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="182"/>
        <source>Estado reportado (código, ver codes.csv)</source>
        <translation>Estado reportado (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="169"/>
        <source>Estado según su último reporte (código, ver codes.csv)</source>
        <translation>Estado según su último reporte (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="115"/>
        <source>Evidencia y línea base</source>
        <translation>Evidencia y línea base</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="392"/>
        <source>Evidencias</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="188"/>
        <source>Evidencias no publicadas (pueden mostrar o nombrar personas)</source>
        <translation>Evidencias no publicadas (pueden mostrar o nombrar personas)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="148"/>
        <source>Exportado con Cocrea {version} el {date}. El avance de hitos y compromisos es el de esa fecha: el último reporte de cada hito y el promedio ponderado de los hitos de cada compromiso.</source>
        <translation>Exportado con Cocrea {version} el {date}. El avance de hitos y compromisos es el de esa fecha: el último reporte de cada hito y el promedio ponderado de los hitos de cada compromiso.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="98"/>
        <location filename="../cocreation_app/reports/public_data.py" line="216"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="147"/>
        <location filename="../cocreation_app/reports/public_data.py" line="163"/>
        <source>Fecha de inicio</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="204"/>
        <source>Fecha de la valoración</source>
        <translation>Fecha de la valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="148"/>
        <location filename="../cocreation_app/reports/public_data.py" line="164"/>
        <source>Fecha de término</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="181"/>
        <source>Fecha del reporte</source>
        <translation>Fecha del reporte</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="140"/>
        <source>Ficha de datos</source>
        <translation>Ficha de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="80"/>
        <source>Fin del periodo</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="107"/>
        <source>Género (código, ver codes.csv; vacío si no se registró)</source>
        <translation>Género (código, ver codes.csv; vacío si no se registró)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="180"/>
        <source>Hito</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="371"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="372"/>
        <source>Hitos de cada compromiso, con su estado y avance según su último reporte.</source>
        <translation>Hitos de cada compromiso, con su estado y avance según su último reporte.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="153"/>
        <source>Hitos vencidos</source>
        <translation>Hitos vencidos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="66"/>
        <source>Identificador (UUID)</source>
        <translation>Identificador (UUID)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="202"/>
        <source>Indicador del IRM (código, ver codes.csv)</source>
        <translation>Indicador del IRM (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="79"/>
        <source>Inicio del periodo</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="139"/>
        <source>Institución responsable</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="205"/>
        <source>Justificación</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="187"/>
        <location filename="../cocreation_app/reports/open_data.py" line="196"/>
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="89"/>
        <source>Licencia desconocida: «{code}». Use una de: {codes}</source>
        <translation>Licencia desconocida: «{code}». Use una de: {codes}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="181"/>
        <source>Limitaciones</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="222"/>
        <source>Lista de códigos</source>
        <translation>Lista de códigos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="382"/>
        <source>Lo que se reportó de cada hito en cada fecha.</source>
        <translation>Lo que se reportó de cada hito en cada fecha.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="197"/>
        <source>Los datos de «{title}» se publican con la licencia {licence} ({code}). Texto completo: {url}</source>
        <translation>Los datos de «{title}» se publican con la licencia {licence} ({code}). Texto completo: {url}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="182"/>
        <source>Los textos los escribieron las personas del STL y no se verificaron de forma independiente. Los conteos de asistencia dependen del registro en cada taller.</source>
        <translation>Los textos los escribieron las personas del STL y no se verificaron de forma independiente. Los conteos de asistencia dependen del registro en cada taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="161"/>
        <source>Medio de verificación</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="78"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="184"/>
        <source>Narrativa</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró.</source>
        <translation type="vanished">No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="172"/>
        <source>No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró. De las evidencias solo están las que quien las adjuntó marcó como publicables (una foto muestra personas, una lista de asistencia las nombra); de las demás, solo cuántas son.</source>
        <translation>No contiene datos personales. Las personas participantes aparecen solo como conteos por sector y género; se publican únicamente los nombres de quienes aceptaron publicarlo. No se incluyen correos, teléfonos, cargos, localidades, minutas, ni nombres de facilitación, contactos, ni de quién reportó o valoró. De las evidencias solo están las que quien las adjuntó marcó como publicables (una foto muestra personas, una lista de asistencia las nombra); de las demás, solo cuántas son.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="219"/>
        <source>Nombre (solo de quien aceptó publicarlo)</source>
        <translation>Nombre (solo de quien aceptó publicarlo)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="194"/>
        <source>Nombre del archivo</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="127"/>
        <source>Número</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="67"/>
        <source>Número de personas</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="131"/>
        <source>Objetivo</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="158"/>
        <source>Orden</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Organización</source>
        <translation type="vanished">Organización</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="147"/>
        <source>Origen</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="328"/>
        <source>Personas participantes por sector y género</source>
        <translation>Personas participantes por sector y género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="338"/>
        <source>Personas que aceptaron publicar su nombre</source>
        <translation>Personas que aceptaron publicar su nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="100"/>
        <source>Personas que asistieron</source>
        <translation>Personas que asistieron</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="313"/>
        <source>Personas que asistieron a cada taller o reunión, contadas por sector y género.</source>
        <translation>Personas que asistieron a cada taller o reunión, contadas por sector y género.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="329"/>
        <source>Personas registradas en el ejercicio, contadas por sector y género.</source>
        <translation>Personas registradas en el ejercicio, contadas por sector y género.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="165"/>
        <source>Peso en el avance del compromiso</source>
        <translation>Peso en el avance del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="294"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="114"/>
        <source>Población afectada</source>
        <translation>Población afectada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="149"/>
        <source>Presupuesto (MXN)</source>
        <translation>Presupuesto (MXN)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="171"/>
        <source>Privacidad</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="121"/>
        <location filename="../cocreation_app/reports/public_data.py" line="129"/>
        <source>Problema público que atiende</source>
        <translation>Problema público que atiende</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="130"/>
        <source>Problema que atiende</source>
        <translation>Problema que atiende</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="348"/>
        <source>Problemas públicos</source>
        <translation>Problemas públicos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="349"/>
        <source>Problemas públicos identificados en los talleres.</source>
        <translation>Problemas públicos identificados en los talleres.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="355"/>
        <source>Propuestas de solución</source>
        <translation>Propuestas de solución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="356"/>
        <source>Propuestas de solución a los problemas públicos.</source>
        <translation>Propuestas de solución a los problemas públicos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="215"/>
        <source>Qué cambió</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="193"/>
        <source>Reporte de avance</source>
        <translation>Reporte de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="381"/>
        <source>Reportes de avance</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="162"/>
        <source>Responsable (institución)</source>
        <translation>Responsable (institución)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="103"/>
        <source>Sector (código, ver codes.csv)</source>
        <translation>Sector (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="99"/>
        <source>Sede</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="224"/>
        <source>Significado</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="429"/>
        <source>Significado de cada código que usan las otras tablas.</source>
        <translation>Significado de cada código que usan las otras tablas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="339"/>
        <source>Solo las personas participantes que aceptaron que su nombre se publique.</source>
        <translation>Solo las personas participantes que aceptaron que su nombre se publique.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="154"/>
        <source>Tablas</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="318"/>
        <source>Taller o reunión</source>
        <translation>Taller o reunión</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="302"/>
        <source>Talleres de cocreación y reuniones de seguimiento del STL, con su asistencia total.</source>
        <translation>Talleres de cocreación y reuniones de seguimiento del STL, con su asistencia total.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="301"/>
        <source>Talleres y reuniones de seguimiento</source>
        <translation>Talleres y reuniones de seguimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="196"/>
        <source>Tamaño (bytes)</source>
        <translation>Tamaño (bytes)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="97"/>
        <location filename="../cocreation_app/reports/public_data.py" line="116"/>
        <source>Tema</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="195"/>
        <source>Tipo de archivo</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="95"/>
        <source>Tipo: cocreation (taller) o followup (reunión de seguimiento)</source>
        <translation>Tipo: cocreation (taller) o followup (reunión de seguimiento)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="91"/>
        <location filename="../cocreation_app/reports/public_data.py" line="112"/>
        <location filename="../cocreation_app/reports/public_data.py" line="122"/>
        <location filename="../cocreation_app/reports/public_data.py" line="128"/>
        <location filename="../cocreation_app/reports/public_data.py" line="159"/>
        <source>Título</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="76"/>
        <source>Título del plan</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="213"/>
        <source>Valor de gobierno abierto (código, ver codes.csv)</source>
        <translation>Valor de gobierno abierto (código, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="404"/>
        <source>Valoraciones</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="405"/>
        <source>Valoraciones de cada compromiso con los indicadores del IRM, con fecha y justificación.</source>
        <translation>Valoraciones de cada compromiso con los indicadores del IRM, con fecha y justificación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="203"/>
        <source>Valoración (código o códigos, ver codes.csv)</source>
        <translation>Valoración (código o códigos, ver codes.csv)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="137"/>
        <source>Valores de gobierno abierto (códigos separados por comas)</source>
        <translation>Valores de gobierno abierto (códigos separados por comas)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="175"/>
        <source>Vencido: pasó su fecha de término sin completarse</source>
        <translation>Vencido: pasó su fecha de término sin completarse</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>archivo</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>contenido</source>
        <translation>contenido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/open_data.py" line="156"/>
        <source>filas</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/public_data.py" line="81"/>
        <source>Órgano garante</source>
        <translation>Órgano garante</translation>
    </message>
</context>
<context>
    <name>prioritization</name>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="264"/>
        <source>%n personas</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="263"/>
        <location filename="../cocreation_app/services/prioritization.py" line="265"/>
        <source>%n puntos</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/services/prioritization.py" line="381"/>
        <source>Cada persona tiene %n puntos en este taller, pero este voto reparte {total}. No se guardó nada.</source>
        <translation>
            <numerusform>Cada persona tiene %n punto en este taller, pero este voto reparte {total}. No se guardó nada.</numerusform>
            <numerusform>Cada persona tiene %n puntos en este taller, pero este voto reparte {total}. No se guardó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cada persona tiene {budget} puntos en este taller, pero este voto reparte {total}. No se guardó nada.</source>
        <translation type="vanished">Cada persona tiene {budget} puntos en este taller, pero este voto reparte {total}. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="447"/>
        <source>Criterio desconocido: {names}. Use impact, urgency o feasibility.</source>
        <translation>Criterio desconocido: {names}. Use impact, urgency o feasibility.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="504"/>
        <source>El criterio «{id}» no es de este taller.</source>
        <translation>El criterio «{id}» no es de este taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="254"/>
        <source>El número de personas de la mesa debe ser al menos 1.</source>
        <translation>El número de personas de la mesa debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="94"/>
        <source>Empata en puntaje combinado con «{other}»; se desempata por {rule}.</source>
        <translation>Empata en puntaje combinado con «{other}»; se desempata por {rule}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="456"/>
        <source>Este taller ya tiene criterios; edítelos en lugar de crearlos.</source>
        <translation>Este taller ya tiene criterios; edítelos en lugar de crearlos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="46"/>
        <source>Factibilidad</source>
        <translation>Factibilidad</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="44"/>
        <source>Impacto</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="236"/>
        <source>Indique la mesa o grupo de donde viene el conteo.</source>
        <translation>Indique la mesa o grupo de donde viene el conteo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="258"/>
        <source>La mesa «{origin}» tiene {budget} ({people} × {dots}), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</source>
        <translation>La mesa «{origin}» tiene {budget} ({people} × {dots}), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</translation>
    </message>
    <message>
        <source>La mesa «{origin}» tiene {budget} puntos ({people} personas × {dots} puntos), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</source>
        <translation type="vanished">La mesa «{origin}» tiene {budget} puntos ({people} personas × {dots} puntos), pero su conteo suma {total}. Revise la hoja; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="59"/>
        <source>Los pesos de puntos y de criterios no pueden ser negativos ni ser ambos cero.</source>
        <translation>Los pesos de puntos y de criterios no pueden ser negativos ni ser ambos cero.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="243"/>
        <source>Los puntos deben ser un número entero de 0 en adelante, no «{value}».</source>
        <translation>Los puntos deben ser un número entero de 0 en adelante, no «{value}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="228"/>
        <source>No existe el problema «{id}» en el plan de este taller.</source>
        <translation>No existe el problema «{id}» en el plan de este taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="220"/>
        <source>No existe el taller «{id}».</source>
        <translation>No existe el taller «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="218"/>
        <source>Puntaje = {dots_pct} % puntos + {criteria_pct} % criterios. Empates: mayor calificación de criterios, más puntos, más mesas, registro más antiguo.</source>
        <translation>Puntaje = {dots_pct} % puntos + {criteria_pct} % criterios. Empates: mayor calificación de criterios, más puntos, más mesas, registro más antiguo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="201"/>
        <source>Puntaje combinado (0 a 100) = {dots_pct} % de los puntos relativos al problema más votado + {criteria_pct} % de la calificación ponderada de criterios llevada de la escala 1–5 a 0–1. La calificación de cada criterio es el promedio de las mesas que lo calificaron. En caso de empate decide, en este orden: la mayor calificación ponderada, más puntos, más mesas que le dieron puntos, el problema registrado antes y, por último, su identificador.</source>
        <translation>Puntaje combinado (0 a 100) = {dots_pct} % de los puntos relativos al problema más votado + {criteria_pct} % de la calificación ponderada de criterios llevada de la escala 1–5 a 0–1. La calificación de cada criterio es el promedio de las mesas que lo calificaron. En caso de empate decide, en este orden: la mayor calificación ponderada, más puntos, más mesas que le dieron puntos, el problema registrado antes y, por último, su identificador.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/prioritization.py" line="45"/>
        <source>Urgencia</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="30"/>
        <source>el identificador del problema (orden alfabético)</source>
        <translation>el identificador del problema (orden alfabético)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="28"/>
        <source>el mayor número de mesas que le dieron puntos</source>
        <translation>el mayor número de mesas que le dieron puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="27"/>
        <source>el mayor número de puntos</source>
        <translation>el mayor número de puntos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="29"/>
        <source>el registro más antiguo del problema</source>
        <translation>el registro más antiguo del problema</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/ranking.py" line="24"/>
        <source>la mayor calificación ponderada de criterios</source>
        <translation>la mayor calificación ponderada de criterios</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="267"/>
        <source>  {date}: {title} ({venue}), registro {time}</source>
        <translation>  {date}: {title} ({venue}), registro {time}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="261"/>
        <source>Asistencia a talleres:</source>
        <translation>Asistencia a talleres:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="250"/>
        <source>Aviso de privacidad, versión {version}:</source>
        <translation>Aviso de privacidad, versión {version}:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="238"/>
        <source>Datos personales de {name}</source>
        <translation>Datos personales de {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="256"/>
        <source>Datos registrados:</source>
        <translation>Datos registrados:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="239"/>
        <source>Generado: {time}</source>
        <translation>Generado: {time}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="284"/>
        <source>Historial de cambios (cada valor que se guardó):</source>
        <translation>Historial de cambios (cada valor que se guardó):</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="161"/>
        <location filename="../cocreation_app/services/privacy.py" line="326"/>
        <source>No existe la persona participante «{id}».</source>
        <translation>No existe la persona participante «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/privacy.py" line="276"/>
        <source>Otros registros que la mencionan:</source>
        <translation>Otros registros que la mencionan:</translation>
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
        <translation type="vanished">sí</translation>
    </message>
</context>
<context>
    <name>progress_report</name>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="323"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: antes {before}; ahora {now}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: antes {before}; ahora {now}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="390"/>
        <source>Autoevaluación al cierre</source>
        <translation>Autoevaluación al cierre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="191"/>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="285"/>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="129"/>
        <source>Avance del plan: {now} (en el informe anterior: {before}).</source>
        <translation>Avance del plan: {now} (en el informe anterior: {before}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="256"/>
        <source>Avance: {now} (en el informe anterior: {before})</source>
        <translation>Avance: {now} (en el informe anterior: {before})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="192"/>
        <source>Cambio</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="190"/>
        <source>Compromiso</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="194"/>
        <source>Cumplimiento (IRM)</source>
        <translation>Cumplimiento (IRM)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="138"/>
        <source>Cumplimiento por compromiso</source>
        <translation>Cumplimiento por compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="147"/>
        <source>El avance de un hito es el de su último reporte en la fecha; el de un compromiso, el promedio ponderado de sus hitos. Hecho con Cocrea {version}.</source>
        <translation>El avance de un hito es el de su último reporte en la fecha; el de un compromiso, el promedio ponderado de sus hitos. Hecho con Cocrea {version}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="144"/>
        <source>El plan aún no tiene compromisos.</source>
        <translation>El plan aún no tiene compromisos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="284"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/progress_pdf.py" line="347"/>
        <source>Evidencia: {name} (%Ln bytes, SHA-256 {sha})</source>
        <translation>
            <numerusform>Evidencia: {name} (%Ln byte, SHA-256 {sha})</numerusform>
            <numerusform>Evidencia: {name} (%Ln bytes, SHA-256 {sha})</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidencia: {name} ({size} bytes, SHA-256 {sha})</source>
        <translation type="vanished">Evidencia: {name} ({size} bytes, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="283"/>
        <source>Hito</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="266"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="193"/>
        <source>Hitos vencidos</source>
        <translation>Hitos vencidos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="364"/>
        <source>Indicador</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="101"/>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="123"/>
        <source>Informe de avance</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="432"/>
        <source>Informe de avance: {title}</source>
        <translation>Informe de avance: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="248"/>
        <source>Institución responsable: {name}</source>
        <translation>Institución responsable: {name}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="407"/>
        <source>No hubo reuniones de seguimiento en el periodo.</source>
        <translation>No hubo reuniones de seguimiento en el periodo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="106"/>
        <source>Periodo: {since} a {until}</source>
        <translation>Periodo: {since} a {until}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="287"/>
        <source>Peso</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="367"/>
        <source>Por qué</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Página {page} de {total}</source>
        <translation type="vanished">Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="366"/>
        <source>Quién y cuándo</source>
        <translation>Quién y cuándo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="272"/>
        <source>Qué cambió en el periodo</source>
        <translation>Qué cambió en el periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="405"/>
        <source>Reuniones de seguimiento</source>
        <translation>Reuniones de seguimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="433"/>
        <source>Secretariado Técnico Local de {place}</source>
        <translation>Secretariado Técnico Local de {place}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="354"/>
        <source>Sin cambios en el periodo.</source>
        <translation>Sin cambios en el periodo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="271"/>
        <source>Sin hitos.</source>
        <translation>Sin hitos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="384"/>
        <source>Sin valoraciones.</source>
        <translation>Sin valoraciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="286"/>
        <source>Término</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="274"/>
        <source>Valoraciones</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="365"/>
        <source>Valoración</source>
        <translation>Valoración</translation>
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
            <numerusform>{date}, {venue}. Asistencia: %Ln persona.</numerusform>
            <numerusform>{date}, {venue}. Asistencia: %Ln personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}, {venue}. Asistencia: {count} personas.</source>
        <translation type="vanished">{date}, {venue}. Asistencia: {count} personas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_pdf.py" line="295"/>
        <source>{status}, vencido</source>
        <translation>{status}, vencido</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/problems.py" line="91"/>
        <source>%Ln puntos</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/context.py" line="52"/>
        <source>Además, %Ln integrantes del STL no autorizaron la publicación de su nombre.</source>
        <translation>
            <numerusform>Además, %Ln integrante del STL no autorizó la publicación de su nombre.</numerusform>
            <numerusform>Además, %Ln integrantes del STL no autorizaron la publicación de su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Además, {count} integrantes del STL no autorizaron la publicación de su nombre.</source>
        <translation type="vanished">Además, {count} integrantes del STL no autorizaron la publicación de su nombre.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="197"/>
        <source>Al firmar, usted confirma que conoce este aviso. Marque cada casilla solo si lo autoriza: «Contacto», que le contactemos; «Publicar mi nombre», que su nombre aparezca en el Plan de Acción Local; «Fotografías», que se usen fotografías del taller en las que aparezca. Puede dejar cualquier casilla en blanco.</source>
        <translation>Al firmar, usted confirma que conoce este aviso. Marque cada casilla solo si lo autoriza: «Contacto», que le contactemos; «Publicar mi nombre», que su nombre aparezca en el Plan de Acción Local; «Fotografías», que se usen fotografías del taller en las que aparezca. Puede dejar cualquier casilla en blanco.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="63"/>
        <source>Alineación con los ODS</source>
        <translation>Alineación con los ODS</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="98"/>
        <source>Anexo. Observaciones y respuestas</source>
        <translation>Anexo. Observaciones y respuestas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/participants.py" line="23"/>
        <source>Anexo. Personas participantes</source>
        <translation>Anexo. Personas participantes</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="47"/>
        <source>Asistencia</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="64"/>
        <source>Asistencia por género</source>
        <translation>Asistencia por género</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="61"/>
        <source>Asistencia por sector</source>
        <translation>Asistencia por sector</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="116"/>
        <source>Atendida</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="239"/>
        <source>Autorizo</source>
        <translation>Autorizo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="181"/>
        <source>Aviso de privacidad simplificado</source>
        <translation>Aviso de privacidad simplificado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="183"/>
        <source>Aviso de privacidad simplificado (versión {version})</source>
        <translation>Aviso de privacidad simplificado (versión {version})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="41"/>
        <source>Aún no hay votaciones ni calificaciones registradas.</source>
        <translation>Aún no hay votaciones ni calificaciones registradas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/pages.py" line="50"/>
        <source>BORRADOR</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="87"/>
        <source>Borrador del Plan de Acción Local, versión {version}</source>
        <translation>Borrador del Plan de Acción Local, versión {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/pages.py" line="60"/>
        <source>Borrador, versión {version}</source>
        <translation>Borrador, versión {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="32"/>
        <source>Cada compromiso se presenta con el formato de compromiso de la Alianza para el Gobierno Abierto, seguido de sus hitos.</source>
        <translation>Cada compromiso se presenta con el formato de compromiso de la Alianza para el Gobierno Abierto, seguido de sus hitos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="71"/>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="100"/>
        <source>Causas</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="115"/>
        <source>Compromiso {number}. {title}</source>
        <translation>Compromiso {number}. {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="30"/>
        <source>Compromisos</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="250"/>
        <source>Contacto</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="238"/>
        <source>Contacto (correo o teléfono)</source>
        <translation>Contacto (correo o teléfono)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="72"/>
        <source>Contenido</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="17"/>
        <source>Contexto</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="72"/>
        <source>Correo electrónico</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Criterios</source>
        <translation type="vanished">Criterios</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="53"/>
        <source>Criterios (1–5)</source>
        <translation>Criterios (1–5)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="57"/>
        <source>Descripción del compromiso</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="72"/>
        <source>Documento de trabajo sujeto a revisión del Secretariado Técnico Local. Su contenido puede cambiar antes de la publicación del plan.</source>
        <translation>Documento de trabajo sujeto a revisión del Secretariado Técnico Local. Su contenido puede cambiar antes de la publicación del plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="100"/>
        <source>Efectos</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="29"/>
        <source>El Secretariado Técnico Local (STL) es la instancia de gobierno, órgano garante y sociedad civil que conduce el ejercicio de cocreación.</source>
        <translation>El Secretariado Técnico Local (STL) es la instancia de gobierno, órgano garante y sociedad civil que conduce el ejercicio de cocreación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="68"/>
        <source>El aviso de privacidad del plan tiene %Ln caracteres; la lista de asistencia imprime hasta {limit}. Acorte el aviso simplificado.</source>
        <translation>
            <numerusform>El aviso de privacidad del plan tiene %Ln carácter; la lista de asistencia imprime hasta {limit}. Acorte el aviso simplificado.</numerusform>
            <numerusform>El aviso de privacidad del plan tiene %Ln caracteres; la lista de asistencia imprime hasta {limit}. Acorte el aviso simplificado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="108"/>
        <source>El mapa de elementos de «{path}» está dañado: {what}</source>
        <translation>El mapa de elementos de «{path}» está dañado: {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/exports.py" line="88"/>
        <source>El número de filas en blanco debe estar entre 0 y 1000.</source>
        <translation>El número de filas en blanco debe estar entre 0 y 1000.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/progress_data.py" line="72"/>
        <source>El periodo empieza ({since}) después de terminar ({until}).</source>
        <translation>El periodo empieza ({since}) después de terminar ({until}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="186"/>
        <source>El plan no tiene registrado un aviso de privacidad simplificado. Solicítelo a la persona facilitadora antes de firmar.</source>
        <translation>El plan no tiene registrado un aviso de privacidad simplificado. Solicítelo a la persona facilitadora antes de firmar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="31"/>
        <source>El plan se cocreó en mesas de trabajo abiertas en las que las personas participantes identificaron problemas públicos, los priorizaron, propusieron soluciones y acordaron compromisos con sus hitos. Las cifras de asistencia se presentan de forma agregada.</source>
        <translation>El plan se cocreó en mesas de trabajo abiertas en las que las personas participantes identificaron problemas públicos, los priorizaron, propusieron soluciones y acordaron compromisos con sus hitos. Las cifras de asistencia se presentan de forma agregada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="24"/>
        <source>En cada mesa de priorización los problemas se ordenan por un puntaje combinado (0 a 100) de la votación con puntos y de la calificación ponderada de los criterios (1 a 5), como lo muestra la aplicación.</source>
        <translation>En cada mesa de priorización los problemas se ordenan por un puntaje combinado (0 a 100) de la votación con puntos y de la calificación ponderada de los criterios (1 a 5), como lo muestra la aplicación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="28"/>
        <source>Entidad federativa</source>
        <translation>Entidad federativa</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="68"/>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="146"/>
        <location filename="../cocreation_app/reports/plan/problems.py" line="55"/>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="32"/>
        <source>Estado del plan</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="102"/>
        <source>Este borrador no tiene observaciones.</source>
        <translation>Este borrador no tiene observaciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="99"/>
        <source>Evidencia:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="173"/>
        <source>Facilitación</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="171"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="45"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="242"/>
        <source>Firma</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="252"/>
        <source>Fotografías</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="75"/>
        <source>Gobierno</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="62"/>
        <source>Gobierno Abierto: Cocreación desde lo Local</source>
        <translation>Gobierno Abierto: Cocreación desde lo Local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="142"/>
        <source>Hito y entregable</source>
        <translation>Hito y entregable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="127"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="69"/>
        <source>Información de contacto</source>
        <translation>Información de contacto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="56"/>
        <source>Institución responsable</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="165"/>
        <source>Lista de asistencia</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="159"/>
        <source>Lista de asistencia · {workshop}</source>
        <translation>Lista de asistencia · {workshop}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="306"/>
        <source>Lista de asistencia: {workshop}</source>
        <translation>Lista de asistencia: {workshop}</translation>
    </message>
    <message>
        <source>Los problemas se ordenan por el total de puntos de la votación y, en caso de empate, por la calificación ponderada de los criterios (impacto, urgencia, factibilidad u otros acordados en la mesa).</source>
        <translation type="vanished">Los problemas se ordenan por el total de puntos de la votación y, en caso de empate, por la calificación ponderada de los criterios (impacto, urgencia, factibilidad u otros acordados en la mesa).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="170"/>
        <location filename="../cocreation_app/reports/plan/problems.py" line="50"/>
        <source>Lugar</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Lugar {rank} en «{workshop}»: {dots} puntos · criterios {criteria} · puntaje combinado {combined}</source>
        <translation type="vanished">Lugar {rank} en «{workshop}»: {dots} puntos · criterios {criteria} · puntaje combinado {combined}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="85"/>
        <source>Lugar {rank} en «{workshop}»: {dots} · criterios {criteria} · puntaje combinado {combined}</source>
        <translation>Lugar {rank} en «{workshop}»: {dots} · criterios {criteria} · puntaje combinado {combined}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="143"/>
        <source>Medio de verificación</source>
        <translation>Medio de verificación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="29"/>
        <source>Metodología</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="29"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="203"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="55"/>
        <source>No existe el archivo «{path}».</source>
        <translation>No existe el archivo «{path}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_data.py" line="371"/>
        <source>No existe el plan con id «{id}».</source>
        <translation>No existe el plan con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="63"/>
        <source>No existe el taller con id «{id}».</source>
        <translation>No existe el taller con id «{id}».</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">No existe la carpeta «{folder}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="39"/>
        <source>No hay compromisos registrados.</source>
        <translation>No hay compromisos registrados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="60"/>
        <source>No hay integrantes del STL registrados.</source>
        <translation>No hay integrantes del STL registrados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="32"/>
        <source>No hay problemas registrados.</source>
        <translation>No hay problemas registrados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="45"/>
        <source>No hay propuestas de solución registradas.</source>
        <translation>No hay propuestas de solución registradas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="40"/>
        <source>No hay talleres registrados.</source>
        <translation>No hay talleres registrados.</translation>
    </message>
    <message>
        <source>No se pudo guardar «{path}»: {reason}</source>
        <translation type="vanished">No se pudo guardar «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="214"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="75"/>
        <source>No se pudo leer el PDF «{path}»: {reason}</source>
        <translation>No se pudo leer el PDF «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <location filename="../cocreation_app/reports/plan/participants.py" line="37"/>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="235"/>
        <source>Nombre completo</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="70"/>
        <source>Nombre de la persona responsable</source>
        <translation>Nombre de la persona responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="237"/>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <location filename="../cocreation_app/reports/plan/participants.py" line="37"/>
        <source>Organización</source>
        <translation>Organización</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/plan/participants.py" line="53"/>
        <source>Otras %Ln personas participaron sin autorizar la publicación de su nombre.</source>
        <translation>
            <numerusform>Otra %Ln persona participó sin autorizar la publicación de su nombre.</numerusform>
            <numerusform>Otras %Ln personas participaron sin autorizar la publicación de su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Otras {count} personas participaron sin autorizar la publicación de su nombre.</source>
        <translation type="vanished">Otras {count} personas participaron sin autorizar la publicación de su nombre.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="77"/>
        <source>Otros actores</source>
        <translation>Otros actores</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="74"/>
        <source>Otros actores involucrados</source>
        <translation>Otros actores involucrados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="38"/>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="116"/>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="145"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="55"/>
        <location filename="../cocreation_app/reports/plan/cover.py" line="30"/>
        <source>Periodo de implementación</source>
        <translation>Periodo de implementación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/participants.py" line="25"/>
        <source>Personas que participaron en el ejercicio de cocreación y autorizaron la publicación de su nombre.</source>
        <translation>Personas que participaron en el ejercicio de cocreación y autorizaron la publicación de su nombre.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="169"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="98"/>
        <source>Población afectada:</source>
        <translation>Población afectada:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="65"/>
        <source>Presupuesto</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="35"/>
        <source>Priorización en «{workshop}», {date}</source>
        <translation>Priorización en «{workshop}», {date}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="51"/>
        <source>Problema público</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="78"/>
        <source>Problema {number}. {title}</source>
        <translation>Problema {number}. {title}</translation>
    </message>
    <message>
        <source>Problema {rank}. {title}</source>
        <translation type="vanished">Problema {rank}. {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="22"/>
        <source>Problemas públicos priorizados</source>
        <translation>Problemas públicos priorizados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="18"/>
        <source>Propuestas de solución</source>
        <translation>Propuestas de solución</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/solutions.py" line="20"/>
        <source>Propuestas formuladas en las mesas de trabajo para cada problema público priorizado.</source>
        <translation>Propuestas formuladas en las mesas de trabajo para cada problema público priorizado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="251"/>
        <source>Publicar mi nombre</source>
        <translation>Publicar mi nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="54"/>
        <source>Puntaje (0–100)</source>
        <translation>Puntaje (0–100)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/problems.py" line="52"/>
        <source>Puntos</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Puntos: {dots} · Calificación ponderada: {score}</source>
        <translation type="vanished">Puntos: {dots} · Calificación ponderada: {score}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/document.py" line="106"/>
        <source>Página {page} de {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="144"/>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="129"/>
        <source>Respuesta de {author}: {text}</source>
        <translation>Respuesta de {author}: {text}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="27"/>
        <source>Secretariado Técnico Local</source>
        <translation>Secretariado Técnico Local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/attendance_pdf.py" line="307"/>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="86"/>
        <source>Secretariado Técnico Local de {place}</source>
        <translation>Secretariado Técnico Local de {place}</translation>
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
        <translation>Sede</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation type="vanished">Sin dato</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="132"/>
        <source>Sin hitos registrados.</source>
        <translation>Sin hitos registrados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/context.py" line="21"/>
        <source>Sin información de contexto registrada.</source>
        <translation>Sin información de contexto registrada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="76"/>
        <source>Sociedad civil</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="44"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="122"/>
        <source>Taller</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="84"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="103"/>
        <location filename="../cocreation_app/reports/plan/methodology.py" line="127"/>
        <source>Taller {number}</source>
        <translation>Taller {number}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/styles.py" line="35"/>
        <source>Tamaño de papel desconocido: «{name}». Use letter o a4.</source>
        <translation>Tamaño de papel desconocido: «{name}». Use letter o a4.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="73"/>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
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
        <translation>Valores de gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="34"/>
        <source>Versión del borrador</source>
        <translation>Versión del borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="35"/>
        <source>Versión {version}, {date}</source>
        <translation>Versión {version}, {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/styles.py" line="52"/>
        <source>[Texto recortado: faltan %Ln caracteres; el texto completo se conserva en la aplicación.]</source>
        <translation>
            <numerusform>[Texto recortado: falta %Ln carácter; el texto completo se conserva en la aplicación.]</numerusform>
            <numerusform>[Texto recortado: faltan %Ln caracteres; el texto completo se conserva en la aplicación.]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/page_identity.py" line="114"/>
        <source>borrador v{version} · p. {page}</source>
        <translation>borrador v{version} · p. {page}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>cocreación</source>
        <translation>cocreación</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="169"/>
        <source>el elemento {number} {what}</source>
        <translation>el elemento {number} {what}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="118"/>
        <source>es demasiado grande.</source>
        <translation>es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>gobierno abierto</source>
        <translation>gobierno abierto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="132"/>
        <source>la versión del borrador ({value}) no es válida.</source>
        <translation>la versión del borrador ({value}) no es válida.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="127"/>
        <source>no dice a qué plan pertenece.</source>
        <translation>no dice a qué plan pertenece.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="149"/>
        <source>no dice qué elemento es.</source>
        <translation>no dice qué elemento es.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="122"/>
        <source>no es JSON válido.</source>
        <translation>no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="124"/>
        <source>no es un objeto JSON.</source>
        <translation>no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="146"/>
        <source>no es un objeto.</source>
        <translation>no es un objeto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan_pdf.py" line="90"/>
        <source>plan de acción local</source>
        <translation>plan de acción local</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="158"/>
        <source>su página no es válida.</source>
        <translation>su página no es válida.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="161"/>
        <source>su recuadro no es válido.</source>
        <translation>su recuadro no es válido.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/observations_annex.py" line="105"/>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/kit.py" line="140"/>
        <source>{label} (continúa)</source>
        <translation>{label} (continúa)</translation>
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
        <translation>{verdict} · {author} · versión {version} · {state}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="138"/>
        <source>«items» no es una lista.</source>
        <translation>«items» no es una lista.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="154"/>
        <source>«spans» no es una lista.</source>
        <translation>«spans» no es una lista.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="220"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="81"/>
        <location filename="../cocreation_app/reports/returned_draft.py" line="125"/>
        <source>«{path}» no es un PDF válido o está dañado.</source>
        <translation>«{path}» no es un PDF válido o está dañado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/item_map.py" line="224"/>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="249"/>
        <source>«{path}» no es un borrador de plan exportado por Cocrea.</source>
        <translation>«{path}» no es un borrador de plan exportado por Cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="59"/>
        <source>¿Cuál es el objetivo del compromiso?</source>
        <translation>¿Cuál es el objetivo del compromiso?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="58"/>
        <source>¿Cuál es el problema público que aborda?</source>
        <translation>¿Cuál es el problema público que aborda?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="61"/>
        <source>¿Cómo contribuirá a resolver el problema?</source>
        <translation>¿Cómo contribuirá a resolver el problema?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/commitments.py" line="60"/>
        <source>¿En qué consiste el compromiso?</source>
        <translation>¿En qué consiste el compromiso?</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/plan/cover.py" line="31"/>
        <source>Órgano garante</source>
        <translation>Órgano garante</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="134"/>
        <source>    (dictamen propuesto por sus palabras; confírmelo en la ventana o con «cocreation edit comments {id} --set verdict={verdict}»)</source>
        <translation>    (dictamen propuesto por sus palabras; confírmelo en la ventana o con «cocreation edit comments {id} --set verdict={verdict}»)</translation>
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
        <translation type="vanished">(resaltado sin comentario)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="392"/>
        <source>({kind} sin comentario)</source>
        <translation>({kind} sin comentario)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/review.py" line="159"/>
        <source>Archivo de revisión guardado en {path}: %n observaciones.</source>
        <translation>
            <numerusform>Archivo de revisión guardado en {path}: %n observación.</numerusform>
            <numerusform>Archivo de revisión guardado en {path}: %n observaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archivo de revisión guardado en {path}: {count} observaciones.</source>
        <translation type="vanished">Archivo de revisión guardado en {path}: {count} observaciones.</translation>
    </message>
    <message>
        <source>Comentarios sin elemento ({count}): no están sobre ningún problema, solución, compromiso o hito; agréguelos a mano si hace falta:</source>
        <translation type="vanished">Comentarios sin elemento ({count}): no están sobre ningún problema, solución, compromiso o hito; agréguelos a mano si hace falta:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="208"/>
        <source>Comentarios sin elemento ({count}): no se pudieron ubicar sobre un problema, solución, compromiso o hito; agréguelos a mano si hace falta:</source>
        <translation>Comentarios sin elemento ({count}): no se pudieron ubicar sobre un problema, solución, compromiso o hito; agréguelos a mano si hace falta:</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="336"/>
        <source>Cuadro de texto</source>
        <translation>Cuadro de texto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="338"/>
        <source>Círculo</source>
        <translation>Círculo</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="84"/>
        <source>El PDF tiene %Ln anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</source>
        <translation>
            <numerusform>El PDF tiene %Ln anotación; el límite es {limit} por archivo. Divida la revisión en varios archivos.</numerusform>
            <numerusform>El PDF tiene %Ln anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>El PDF tiene {count} anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</source>
        <translation type="vanished">El PDF tiene {count} anotaciones; el límite es {limit} por archivo. Divida la revisión en varios archivos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="146"/>
        <source>El plan de este PDF ({plan}) no está en esta base de datos; importe antes el paquete del plan.</source>
        <translation>El plan de este PDF ({plan}) no está en esta base de datos; importe antes el paquete del plan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="459"/>
        <source>El plan ya está en estado «{status}».</source>
        <translation>El plan ya está en estado «{status}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="273"/>
        <source>Esta observación no tiene un dictamen por confirmar.</source>
        <translation>Esta observación no tiene un dictamen por confirmar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="64"/>
        <source>Estado del plan: {status} (borrador, versión {version}).</source>
        <translation>Estado del plan: {status} (borrador, versión {version}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="450"/>
        <source>Estado desconocido: «{status}». Estados: {choices}</source>
        <translation>Estado desconocido: «{status}». Estados: {choices}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="220"/>
        <source>La observación no tiene texto.</source>
        <translation>La observación no tiene texto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="339"/>
        <source>Línea</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="343"/>
        <source>Marca de inserción</source>
        <translation>Marca de inserción</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/review_file.py" line="46"/>
        <source>No existe el plan «{id}».</source>
        <translation>No existe el plan «{id}».</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">No existe la carpeta «{folder}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="290"/>
        <source>No existe la observación «{id}».</source>
        <translation>No existe la observación «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="224"/>
        <location filename="../cocreation_app/services/review.py" line="511"/>
        <source>No existe {kind} con id «{id}».</source>
        <translation>No existe {kind} con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="224"/>
        <source>No se pudieron leer los comentarios de «{path}»: {reason}</source>
        <translation>No se pudieron leer los comentarios de «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/review.py" line="217"/>
        <source>No se pueden hacer observaciones a «{kind}».</source>
        <translation>No se pueden hacer observaciones a «{kind}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="335"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="192"/>
        <source>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</source>
        <translation>Observaciones agregadas: {added}; ya estaban importadas: {existing}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="54"/>
        <source>Observación atendida.</source>
        <translation>Observación atendida.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="52"/>
        <source>Observación marcada como pendiente.</source>
        <translation>Observación marcada como pendiente.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="369"/>
        <source>Persona revisora sin nombre</source>
        <translation>Persona revisora sin nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="341"/>
        <source>Polilínea</source>
        <translation>Polilínea</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="340"/>
        <source>Polígono</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="337"/>
        <source>Rectángulo</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="331"/>
        <source>Resaltado</source>
        <translation>Resaltado</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/review.py" line="187"/>
        <source>Se agregarían %n observaciones; ya estaban importadas: {existing}.</source>
        <translation>
            <numerusform>Se agregaría %n observación; ya estaban importadas: {existing}.</numerusform>
            <numerusform>Se agregarían %n observaciones; ya estaban importadas: {existing}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se agregarían {added} observaciones; {existing} ya estaban importadas.</source>
        <translation type="vanished">Se agregarían {added} observaciones; {existing} ya estaban importadas.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="344"/>
        <source>Sello</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="390"/>
        <source>Sello «{name}»</source>
        <translation>Sello «{name}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="108"/>
        <source>Sin observaciones.</source>
        <translation>Sin observaciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="332"/>
        <source>Subrayado</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="334"/>
        <source>Subrayado ondulado</source>
        <translation>Subrayado ondulado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="333"/>
        <source>Tachado</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="342"/>
        <source>Trazo a mano</source>
        <translation>Trazo a mano</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="121"/>
        <source>[{kind}] {title}</source>
        <translation>[{kind}] {title}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="117"/>
        <source>atendida</source>
        <translation>atendida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="119"/>
        <source>cambió desde el borrador {version}</source>
        <translation>cambió desde el borrador {version}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="109"/>
        <source>el PDF ya no tiene el mapa de elementos de esa página</source>
        <translation>el PDF ya no tiene el mapa de elementos de esa página</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="106"/>
        <source>el elemento ya no existe</source>
        <translation>el elemento ya no existe</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="160"/>
        <source>el nombre de autoría tiene %Ln caracteres; el límite es {limit}</source>
        <translation>
            <numerusform>el nombre de autoría tiene %Ln carácter; el límite es {limit}</numerusform>
            <numerusform>el nombre de autoría tiene %Ln caracteres; el límite es {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>el nombre de autoría tiene {count} caracteres; el límite es {limit}</source>
        <translation type="vanished">el nombre de autoría tiene {count} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="262"/>
        <source>el texto de la anotación no es texto</source>
        <translation>el texto de la anotación no es texto</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="152"/>
        <source>el texto tiene %Ln caracteres; el límite es {limit}</source>
        <translation>
            <numerusform>el texto tiene %Ln carácter; el límite es {limit}</numerusform>
            <numerusform>el texto tiene %Ln caracteres; el límite es {limit}</numerusform>
        </translation>
    </message>
    <message>
        <source>el texto tiene {count} caracteres; el límite es {limit}</source>
        <translation type="vanished">el texto tiene {count} caracteres; el límite es {limit}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="111"/>
        <source>la anotación está dañada</source>
        <translation>la anotación está dañada</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="133"/>
        <source>la anotación no es un diccionario</source>
        <translation>la anotación no es un diccionario</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="145"/>
        <source>la anotación no tiene posición válida</source>
        <translation>la anotación no tiene posición válida</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="100"/>
        <source>la lista de anotaciones de la página no se puede leer</source>
        <translation>la lista de anotaciones de la página no se puede leer</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="108"/>
        <source>la página no coincide con el borrador (¿se mezclaron borradores?)</source>
        <translation>la página no coincide con el borrador (¿se mezclaron borradores?)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="107"/>
        <source>la página no se reconoce como página del borrador</source>
        <translation>la página no se reconoce como página del borrador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="105"/>
        <source>no está sobre ningún elemento</source>
        <translation>no está sobre ningún elemento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="110"/>
        <source>responde a un comentario que no se pudo ubicar</source>
        <translation>responde a un comentario que no se pudo ubicar</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_annotations.py" line="140"/>
        <source>tipo de anotación que no se importa ({kind})</source>
        <translation>tipo de anotación que no se importa ({kind})</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="384"/>
        <source>{kind}: «{words}»</source>
        <translation>{kind}: «{words}»</translation>
    </message>
    <message>
        <source>{line} (el elemento ya no existe)</source>
        <translation type="vanished">{line} (el elemento ya no existe)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/review.py" line="89"/>
        <source>{title}: {status}, borrador versión {version}.</source>
        <translation>{title}: {status}, borrador versión {version}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/pdf_comments.py" line="241"/>
        <source>«{path}» es un borrador de Cocrea, pero el lector de PDF borró el mapa de sus elementos y no se puede saber sobre qué elemento está cada comentario. Pida que guarden los comentarios sobre el PDF original, o expórtelos desde el lector (FDF/XFDF) y agréguelos a mano.</source>
        <translation>«{path}» es un borrador de Cocrea, pero el lector de PDF borró el mapa de sus elementos y no se puede saber sobre qué elemento está cada comentario. Pida que guarden los comentarios sobre el PDF original, o expórtelos desde el lector (FDF/XFDF) y agréguelos a mano.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="85"/>
        <source>«{path}» está incompleto o dañado: le falta el final (el archivo se cortó al copiarlo o al descargarlo). Los comentarios guardados al final se perderían; pida que se lo envíen de nuevo.</source>
        <translation>«{path}» está incompleto o dañado: le falta el final (el archivo se cortó al copiarlo o al descargarlo). Los comentarios guardados al final se perderían; pida que se lo envíen de nuevo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="115"/>
        <source>«{path}» está protegido con contraseña. Pida una copia sin contraseña (en el lector de PDF: guardar sin seguridad).</source>
        <translation>«{path}» está protegido con contraseña. Pida una copia sin contraseña (en el lector de PDF: guardar sin seguridad).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="60"/>
        <source>«{path}» pesa {size} MB; el límite para importar comentarios es {limit} MB. Guarde el PDF sin imágenes agregadas o divida la revisión en varios archivos.</source>
        <translation>«{path}» pesa {size} MB; el límite para importar comentarios es {limit} MB. Guarde el PDF sin imágenes agregadas o divida la revisión en varios archivos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/returned_draft.py" line="100"/>
        <source>«{path}» tiene %Ln objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</source>
        <translation>
            <numerusform>«{path}» tiene %Ln objeto PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</numerusform>
            <numerusform>«{path}» tiene %Ln objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/returned_draft.py" line="93"/>
        <source>«{path}» tiene un comentario o un nombre de autoría de más de {limit} caracteres: no es una revisión que se pueda importar.</source>
        <translation>«{path}» tiene un comentario o un nombre de autoría de más de {limit} caracteres: no es una revisión que se pueda importar.</translation>
    </message>
    <message>
        <source>«{path}» tiene {count} objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</source>
        <translation type="vanished">«{path}» tiene {count} objetos PDF; el límite para importar comentarios es {limit}. Quite las páginas o imágenes agregadas, o divida la revisión en varios archivos.</translation>
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
            <numerusform>%n taller queda fuera del periodo del plan ({start} a {end}): {workshops}. Se guardó; revise el periodo o la fecha de ese taller.</numerusform>
            <numerusform>%n talleres quedan fuera del periodo del plan ({start} a {end}): {workshops}. Se guardó; revise el periodo o la fecha de esos talleres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="54"/>
        <location filename="../cocreation_app/services/entities.py" line="339"/>
        <source>Campo desconocido para {kind}: «{field}». Campos: {fields}</source>
        <translation>Campo desconocido para {kind}: «{field}». Campos: {fields}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="107"/>
        <source>El archivo de evidencia {sha} está dañado en la base de datos.</source>
        <translation>El archivo de evidencia {sha} está dañado en la base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="250"/>
        <source>El taller y la persona de una asistencia no se cambian: retire esta asistencia y registre la correcta.</source>
        <translation>El taller y la persona de una asistencia no se cambian: retire esta asistencia y registre la correcta.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="293"/>
        <source>Esta base de datos no tiene el archivo «{name}».</source>
        <translation>Esta base de datos no tiene el archivo «{name}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="201"/>
        <source>Esta persona ya tiene registrada la asistencia a este taller.</source>
        <translation>Esta persona ya tiene registrada la asistencia a este taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="373"/>
        <source>Faltan datos obligatorios: {fields}.</source>
        <translation>Faltan datos obligatorios: {fields}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="70"/>
        <source>La evidencia necesita un nombre de archivo.</source>
        <translation>La evidencia necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="139"/>
        <source>La evidencia «{name}» se eliminó definitivamente: no se puede restaurar. No se cambió nada.</source>
        <translation>La evidencia «{name}» se eliminó definitivamente: no se puede restaurar. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="99"/>
        <source>La fecha del taller ({date}) está fuera del periodo del plan ({start} a {end}). Se guardó; revise la fecha si no es lo que quería.</source>
        <translation>La fecha del taller ({date}) está fuera del periodo del plan ({start} a {end}). Se guardó; revise la fecha si no es lo que quería.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="53"/>
        <source>La persona no está registrada en el plan de este taller.</source>
        <translation>La persona no está registrada en el plan de este taller.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="81"/>
        <source>No existe el archivo «{path}».</source>
        <translation>No existe el archivo «{path}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="343"/>
        <source>No existe el plan «{id}».</source>
        <translation>No existe el plan «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="41"/>
        <source>No existe el taller o la persona indicada.</source>
        <translation>No existe el taller o la persona indicada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/followup.py" line="311"/>
        <source>No existe la evidencia «{id}» (o ya se eliminó definitivamente).</source>
        <translation>No existe la evidencia «{id}» (o ya se eliminó definitivamente).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="100"/>
        <source>No existe la persona indicada.</source>
        <translation>No existe la persona indicada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="113"/>
        <location filename="../cocreation_app/services/entities.py" line="280"/>
        <source>No existe {kind} con id «{id}».</source>
        <translation>No existe {kind} con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="430"/>
        <source>No hay un archivo de evidencia con la huella «{sha}» en esta base de datos.</source>
        <translation>No hay un archivo de evidencia con la huella «{sha}» en esta base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="145"/>
        <source>No se puede restaurar la evidencia «{name}»: esta base de datos no tiene su archivo (se borró en otra computadora antes de llegar aquí). Restáurela en la computadora donde se borró y traiga su paquete. No se cambió nada.</source>
        <translation>No se puede restaurar la evidencia «{name}»: esta base de datos no tiene su archivo (se borró en otra computadora antes de llegar aquí). Restáurela en la computadora donde se borró y traiga su paquete. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="412"/>
        <source>Para guardar datos personales, la persona debe aceptar el aviso de privacidad.</source>
        <translation>Para guardar datos personales, la persona debe aceptar el aviso de privacidad.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="708"/>
        <source>Tipo de registro desconocido: «{kind}».</source>
        <translation>Tipo de registro desconocido: «{kind}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="30"/>
        <source>Valor no válido para «{field}»: {reason}</source>
        <translation>Valor no válido para «{field}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="128"/>
        <source>debe ser a lo más {maximum}</source>
        <translation>debe ser a lo más {maximum}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="126"/>
        <source>debe ser al menos {minimum}</source>
        <translation>debe ser al menos {minimum}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="96"/>
        <source>se esperaba sí o no</source>
        <translation>se esperaba sí o no</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="46"/>
        <source>se esperaba texto</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="109"/>
        <location filename="../cocreation_app/services/values.py" line="111"/>
        <source>se esperaba un número</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="99"/>
        <location filename="../cocreation_app/services/values.py" line="103"/>
        <source>se esperaba un número entero</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="117"/>
        <location filename="../cocreation_app/services/values.py" line="119"/>
        <source>se esperaba una cantidad</source>
        <translation>se esperaba una cantidad</translation>
    </message>
    <message>
        <source>se esperaba una fecha AAAA-MM-DD</source>
        <translation type="vanished">se esperaba una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="86"/>
        <source>se esperaba una fecha como {example} o AAAA-MM-DD</source>
        <translation>se esperaba una fecha como {example} o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/participants.py" line="45"/>
        <source>{name} aún no acepta el aviso de privacidad: léale el aviso y registre su consentimiento antes de su asistencia.</source>
        <translation>{name} aún no acepta el aviso de privacidad: léale el aviso y registre su consentimiento antes de su asistencia.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="167"/>
        <source>«Ninguno» no se combina con otros valores.</source>
        <translation>«Ninguno» no se combina con otros valores.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="382"/>
        <source>«{end}» ({b}) no puede ser anterior a «{start}» ({a}).</source>
        <translation>«{end}» ({b}) no puede ser anterior a «{start}» ({a}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="398"/>
        <location filename="../cocreation_app/services/entities.py" line="441"/>
        <source>«{field}» apunta a {kind} inexistente: «{id}».</source>
        <translation>«{field}» apunta a {kind} inexistente: «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="63"/>
        <source>«{field}»: «{value}» no parece un correo electrónico.</source>
        <translation>«{field}»: «{value}» no parece un correo electrónico.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="50"/>
        <source>«{field}»: «{value}» no parece un teléfono. Escriba de {low} a {high} dígitos; puede usar +, espacios, guiones y una extensión (p. ej. +52 961 123 4567 ext. 12).</source>
        <translation>«{field}»: «{value}» no parece un teléfono. Escriba de {low} a {high} dígitos; puede usar +, espacios, guiones y una extensión (p. ej. +52 961 123 4567 ext. 12).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/entities.py" line="51"/>
        <source>«{item}» no tiene la forma CAMPO=VALOR.</source>
        <translation>«{item}» no tiene la forma CAMPO=VALOR.</translation>
    </message>
    <message>
        <source>«{name}» pesa {size} bytes; el máximo para una evidencia es {limit} bytes.</source>
        <translation type="vanished">«{name}» pesa {size} bytes; el máximo para una evidencia es {limit} bytes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/evidence.py" line="59"/>
        <source>«{name}» pesa {size}; el máximo para una evidencia es {limit}.</source>
        <translation>«{name}» pesa {size}; el máximo para una evidencia es {limit}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/checks.py" line="78"/>
        <source>«{progress}» es {value} % pero «{status}» dice «{label}»: ponga el avance en 0 o cambie el estado.</source>
        <translation>«{progress}» es {value} % pero «{status}» dice «{label}»: ponga el avance en 0 o cambie el estado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="139"/>
        <source>«{value}» no es una huella SHA-256.</source>
        <translation>«{value}» no es una huella SHA-256.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/values.py" line="56"/>
        <location filename="../cocreation_app/services/values.py" line="69"/>
        <source>«{value}» no es una opción; use una de: {choices}</source>
        <translation>«{value}» no es una opción; use una de: {choices}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/registry.py" line="157"/>
        <source>«{value}» no es una valoración válida de «{indicator}». Valores: {codes}</source>
        <translation>«{value}» no es una valoración válida de «{indicator}». Valores: {codes}</translation>
    </message>
    <message>
        <source>«{value}» no parece un correo electrónico.</source>
        <translation type="vanished">«{value}» no parece un correo electrónico.</translation>
    </message>
</context>
<context>
    <name>site</name>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="313"/>
        <source>Autoevaluación al cierre</source>
        <translation>Autoevaluación al cierre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="237"/>
        <source>Avance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="154"/>
        <source>Avance al {date}. Sitio generado con Cocrea {version}; funciona sin conexión.</source>
        <translation>Avance al {date}. Sitio generado con Cocrea {version}; funciona sin conexión.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="165"/>
        <source>Avance del plan</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="220"/>
        <source>Aún no hay reuniones de seguimiento.</source>
        <translation>Aún no hay reuniones de seguimiento.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="170"/>
        <source>Compromisos</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="189"/>
        <source>Datos abiertos</source>
        <translation>Datos abiertos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="246"/>
        <source>Descripción</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="93"/>
        <source>Evidencias no publicadas (pueden mostrar o nombrar personas): {count}</source>
        <translation>Evidencias no publicadas (pueden mostrar o nombrar personas): {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="298"/>
        <source>Fecha</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="201"/>
        <source>Ficha de datos</source>
        <translation>Ficha de datos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="206"/>
        <source>Filas</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="250"/>
        <source>Hitos</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="297"/>
        <source>Indicador</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="140"/>
        <source>Inicio</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="238"/>
        <source>Institución responsable</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="203"/>
        <source>Licencia</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="192"/>
        <source>Los datos de este sitio, sin datos personales, en formato abierto (Frictionless Data Package, CSV en UTF-8).</source>
        <translation>Los datos de este sitio, sin datos personales, en formato abierto (Frictionless Data Package, CSV en UTF-8).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="245"/>
        <source>Objetivo</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="199"/>
        <source>Paquete completo (zip)</source>
        <translation>Paquete completo (zip)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="166"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="298"/>
        <source>Por qué</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="278"/>
        <source>Reportes de avance</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="218"/>
        <source>Reuniones de seguimiento</source>
        <translation>Reuniones de seguimiento</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="214"/>
        <source>Seguimiento del plan</source>
        <translation>Seguimiento del plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="281"/>
        <source>Sin reportes de avance.</source>
        <translation>Sin reportes de avance.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="293"/>
        <source>Sin valoraciones.</source>
        <translation>Sin valoraciones.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="206"/>
        <source>Tabla</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="291"/>
        <source>Valoraciones</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="297"/>
        <source>Valoración</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="241"/>
        <source>Valores de gobierno abierto</source>
        <translation>Valores de gobierno abierto</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/reports/site.py" line="226"/>
        <source>asistencia: %Ln personas</source>
        <translation>
            <numerusform>asistencia: %Ln persona</numerusform>
            <numerusform>asistencia: %Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>asistencia: {count} personas</source>
        <translation type="vanished">asistencia: {count} personas</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="176"/>
        <source>hitos vencidos: {count}</source>
        <translation>hitos vencidos: {count}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="285"/>
        <source>término</source>
        <translation>término</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="258"/>
        <source>vencido</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/reports/site.py" line="167"/>
        <source>Órgano garante</source>
        <translation>Órgano garante</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="92"/>
        <source>No se pudo leer «{name}»: {reason}</source>
        <translation>No se pudo leer «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="85"/>
        <source>«{name}» es demasiado grande para una lista de personas ({mb} MB).</source>
        <translation>«{name}» es demasiado grande para una lista de personas ({mb} MB).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="97"/>
        <source>«{name}» está vacío.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="55"/>
        <source>«{name}» no es una hoja de cálculo que Cocrea pueda leer (CSV o XLSX de Excel).</source>
        <translation>«{name}» no es una hoja de cálculo que Cocrea pueda leer (CSV o XLSX de Excel).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="136"/>
        <source>«{name}» no se puede leer como CSV: {reason}</source>
        <translation>«{name}» no se puede leer como CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="102"/>
        <source>«{name}» no tiene ninguna fila con datos.</source>
        <translation>«{name}» no tiene ninguna fila con datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/services/spreadsheets.py" line="186"/>
        <source>«{name}»: elija un archivo .xlsx (Excel) o .csv.</source>
        <translation>«{name}»: elija un archivo .xlsx (Excel) o .csv.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="111"/>
        <source>El respaldo y la base de datos son el mismo archivo.</source>
        <translation>El respaldo y la base de datos son el mismo archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="195"/>
        <source>El servidor «{url}» no aceptó la contraseña del usuario «{user}» (o no la tiene). Escríbala de nuevo al abrir el servidor (se guarda en «{file}») o pídala a quien administra el servidor.</source>
        <translation>El servidor «{url}» no aceptó la contraseña del usuario «{user}» (o no la tiene). Escríbala de nuevo al abrir el servidor (se guarda en «{file}») o pídala a quien administra el servidor.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="213"/>
        <source>El servidor «{url}» no permitió la operación: {reason}</source>
        <translation>El servidor «{url}» no permitió la operación: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="222"/>
        <source>Esta base de datos está en un servidor PostgreSQL: respáldela con «pg_dump -Fc» y restáurela con «pg_restore» (vea docs/install.md).</source>
        <translation>Esta base de datos está en un servidor PostgreSQL: respáldela con «pg_dump -Fc» y restáurela con «pg_restore» (vea docs/install.md).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="89"/>
        <location filename="../cocreation_app/storage/restore.py" line="98"/>
        <source>La base de datos está abierta en otra ventana o programa; ciérrelo y vuelva a intentar.</source>
        <translation>La base de datos está abierta en otra ventana o programa; ciérrelo y vuelva a intentar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="137"/>
        <source>La carpeta «{path}» tiene otros archivos; elija una carpeta vacía.</source>
        <translation>La carpeta «{path}» tiene otros archivos; elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="53"/>
        <source>La dirección del servidor no debe llevar la contraseña; guárdela en el archivo ~/.pgpass (o el que indique PGPASSFILE).</source>
        <translation>La dirección del servidor no debe llevar la contraseña; guárdela en el archivo ~/.pgpass (o el que indique PGPASSFILE).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="50"/>
        <source>La dirección del servidor no es válida.</source>
        <translation>La dirección del servidor no es válida.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="59"/>
        <source>La dirección del servidor no indica la base de datos.</source>
        <translation>La dirección del servidor no indica la base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="42"/>
        <source>No existe el archivo «{path}».</source>
        <translation>No existe el archivo «{path}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="354"/>
        <location filename="../cocreation_app/storage/database.py" line="412"/>
        <source>No existe la base de datos «{path}». Créela con «cocreation init».</source>
        <translation>No existe la base de datos «{path}». Créela con «cocreation init».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="360"/>
        <location filename="../cocreation_app/storage/files.py" line="57"/>
        <location filename="../cocreation_app/storage/files.py" line="129"/>
        <location filename="../cocreation_app/storage/restore.py" line="113"/>
        <source>No existe la carpeta «{folder}».</source>
        <translation>No existe la carpeta «{folder}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="374"/>
        <source>No se pudo abrir «{path}»: {reason}</source>
        <translation>No se pudo abrir «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/postgres.py" line="202"/>
        <source>No se pudo conectar con el servidor «{url}»: {reason}</source>
        <translation>No se pudo conectar con el servidor «{url}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="46"/>
        <source>No se pudo guardar «{path}»: {reason}.</source>
        <translation>No se pudo guardar «{path}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="98"/>
        <source>No se puede leer «{path}»: permiso denegado.</source>
        <translation>No se puede leer «{path}»: permiso denegado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="102"/>
        <location filename="../cocreation_app/storage/restore.py" line="49"/>
        <source>No se puede leer «{path}»: {reason}</source>
        <translation>No se puede leer «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/pgpass.py" line="48"/>
        <source>No se puede usar el archivo de contraseñas «{path}»: {reason}</source>
        <translation>No se puede usar el archivo de contraseñas «{path}»: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/storage/postgres.py" line="175"/>
        <source>Otra persona está escribiendo en el servidor (p. ej. importando paquetes) y se esperó %n segundos sin que terminara; no se guardó nada. Intente de nuevo en unos minutos.</source>
        <translation>
            <numerusform>Otra persona está escribiendo en el servidor (p. ej. importando paquetes) y se esperó %n segundo sin que terminara; no se guardó nada. Intente de nuevo en unos minutos.</numerusform>
            <numerusform>Otra persona está escribiendo en el servidor (p. ej. importando paquetes) y se esperó %n segundos sin que terminara; no se guardó nada. Intente de nuevo en unos minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="36"/>
        <source>el disco es de solo lectura</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="40"/>
        <source>error al escribir (¿el disco está lleno o se retiró?)</source>
        <translation>error al escribir (¿el disco está lleno o se retiró?)</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="34"/>
        <source>no hay espacio suficiente en el disco</source>
        <translation>no hay espacio suficiente en el disco</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="38"/>
        <source>permiso denegado</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="92"/>
        <source>«{path}» es una carpeta, no una base de datos.</source>
        <translation>«{path}» es una carpeta, no una base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="61"/>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation>«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="63"/>
        <location filename="../cocreation_app/storage/restore.py" line="68"/>
        <source>«{path}» está dañada y no se puede restaurar.</source>
        <translation>«{path}» está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="344"/>
        <location filename="../cocreation_app/storage/database.py" line="418"/>
        <source>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para abrirla.</source>
        <translation>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/restore.py" line="73"/>
        <source>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para restaurarla.</source>
        <translation>«{path}» fue creada por una versión más reciente de Cocrea; actualice la aplicación para restaurarla.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="141"/>
        <source>«{path}» no es una base de datos de Cocrea o está dañada.</source>
        <translation>«{path}» no es una base de datos de Cocrea o está dañada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/database.py" line="105"/>
        <location filename="../cocreation_app/storage/database.py" line="337"/>
        <location filename="../cocreation_app/storage/database.py" line="408"/>
        <location filename="../cocreation_app/storage/restore.py" line="40"/>
        <source>«{path}» no es una base de datos de Cocrea.</source>
        <translation>«{path}» no es una base de datos de Cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/storage/files.py" line="133"/>
        <source>«{path}» ya existe y no es una carpeta.</source>
        <translation>«{path}» ya existe y no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="122"/>
        <source>%Ln actualizados</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="150"/>
        <location filename="../cocreation_app/cli/sync.py" line="157"/>
        <source>%Ln cambios nuevos</source>
        <translation>
            <numerusform>%Ln cambio nuevo</numerusform>
            <numerusform>%Ln cambios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="124"/>
        <location filename="../cocreation_app/cli/sync.py" line="151"/>
        <source>%Ln conflictos</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="158"/>
        <source>%Ln conflictos nuevos</source>
        <translation>
            <numerusform>%Ln conflicto nuevo</numerusform>
            <numerusform>%Ln conflictos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="121"/>
        <source>%Ln nuevos</source>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="123"/>
        <source>%Ln sin cambios</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="58"/>
        <source>Aviso: el paquete contiene datos personales sin cifrar; use --passphrase-file para cifrarlo o --no-personal-data para dejarlos fuera.</source>
        <translation>Aviso: el paquete contiene datos personales sin cifrar; use --passphrase-file para cifrarlo o --no-personal-data para dejarlos fuera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="224"/>
        <source>Conflicto resuelto: %n registros eliminados.</source>
        <translation>
            <numerusform>Conflicto resuelto: %n registro eliminado.</numerusform>
            <numerusform>Conflicto resuelto: %n registros eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="222"/>
        <source>Conflicto resuelto: %n registros restaurados.</source>
        <translation>
            <numerusform>Conflicto resuelto: %n registro restaurado.</numerusform>
            <numerusform>Conflicto resuelto: %n registros restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicto resuelto: {count} registros eliminados.</source>
        <translation type="vanished">Conflicto resuelto: {count} registros eliminados.</translation>
    </message>
    <message>
        <source>Conflicto resuelto: {count} registros restaurados.</source>
        <translation type="vanished">Conflicto resuelto: {count} registros restaurados.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="227"/>
        <source>Conflicto resuelto: {value}</source>
        <translation>Conflicto resuelto: {value}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="71"/>
        <source>Contraseña incorrecta o archivo dañado.</source>
        <translation>Contraseña incorrecta o archivo dañado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="205"/>
        <source>Cuelga de {kind} «{parent}», eliminado en {deleted_by} ({deleted_at}); creado en {created_by} ({created_at}). Resuelva con --restore-parent o --delete-orphan.</source>
        <translation>Cuelga de {kind} «{parent}», eliminado en {deleted_by} ({deleted_at}); creado en {created_by} ({created_at}). Resuelva con --restore-parent o --delete-orphan.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="130"/>
        <source>El archivo cifrado pide parámetros de scrypt (n={n}, r={r}, p={p}) que este equipo no puede calcular; no fue cifrado por Cocrea o está dañado.</source>
        <translation>El archivo cifrado pide parámetros de scrypt (n={n}, r={r}, p={p}) que este equipo no puede calcular; no fue cifrado por Cocrea o está dañado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="86"/>
        <source>El archivo cifrado pide un esfuerzo de descifrado fuera de los límites permitidos; puede estar dañado o ser malicioso.</source>
        <translation>El archivo cifrado pide un esfuerzo de descifrado fuera de los límites permitidos; puede estar dañado o ser malicioso.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="117"/>
        <source>El archivo cifrado usa un método desconocido; actualice la aplicación.</source>
        <translation>El archivo cifrado usa un método desconocido; actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="40"/>
        <source>El archivo de contraseña «{path}» está vacío.</source>
        <translation>El archivo de contraseña «{path}» está vacío.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="161"/>
        <source>El archivo no es un paquete cifrado de Cocrea.</source>
        <translation>El archivo no es un paquete cifrado de Cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="295"/>
        <source>El conflicto no tiene un valor con id «{id}».</source>
        <translation>El conflicto no tiene un valor con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="168"/>
        <source>El paquete cifrado tiene la versión {version}, que esta aplicación no conoce; actualice la aplicación.</source>
        <translation>El paquete cifrado tiene la versión {version}, que esta aplicación no conoce; actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="159"/>
        <source>El paquete está cifrado; indique la contraseña (--passphrase-file).</source>
        <translation>El paquete está cifrado; indique la contraseña (--passphrase-file).</translation>
    </message>
    <message>
        <source>El paquete no está cifrado, pero se indicó una contraseña.</source>
        <translation type="vanished">El paquete no está cifrado, pero se indicó una contraseña.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="140"/>
        <source>El paquete no trae datos personales (seudónimos).</source>
        <translation>El paquete no trae datos personales (seudónimos).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="306"/>
        <source>El valor apunta a un registro inexistente.</source>
        <translation>El valor apunta a un registro inexistente.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="110"/>
        <source>Este archivo se cifró con Argon2id, que esta instalación no admite; actualice la aplicación.</source>
        <translation>Este archivo se cifró con Argon2id, que esta instalación no admite; actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="284"/>
        <source>Este conflicto es un registro cuyo registro superior se eliminó: restaure el superior o elimine el registro (--restore-parent o --delete-orphan).</source>
        <translation>Este conflicto es un registro cuyo registro superior se eliminó: restaure el superior o elimine el registro (--restore-parent o --delete-orphan).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="325"/>
        <source>Este conflicto no es un registro huérfano: indique el valor a conservar.</source>
        <translation>Este conflicto no es un registro huérfano: indique el valor a conservar.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="300"/>
        <source>Este dato es obligatorio; no puede quedar vacío.</source>
        <translation>Este dato es obligatorio; no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/devices.py" line="61"/>
        <source>Este equipo no puede marcarse a sí mismo como no confiable.</source>
        <translation>Este equipo no puede marcarse a sí mismo como no confiable.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/export.py" line="242"/>
        <source>Falta el archivo de evidencia {sha} en esta base de datos.</source>
        <translation>Falta el archivo de evidencia {sha} en esta base de datos.</translation>
    </message>
    <message>
        <source>Importado: {new} cambios nuevos, {conflicts} conflictos nuevos.</source>
        <translation type="vanished">Importado: {new} cambios nuevos, {conflicts} conflictos nuevos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="156"/>
        <source>Importado: {new}, {conflicts}.</source>
        <translation>Importado: {new}, {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="103"/>
        <source>Importados {good} de %n archivos.</source>
        <translation>
            <numerusform>Importados {good} de %n archivo.</numerusform>
            <numerusform>Importados {good} de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importados {good} de {total} archivos.</source>
        <translation type="vanished">Importados {good} de {total} archivos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="291"/>
        <source>Indique el valor a conservar o un valor nuevo, no ambos.</source>
        <translation>Indique el valor a conservar o un valor nuevo, no ambos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/crypto.py" line="148"/>
        <source>La contraseña no puede estar vacía.</source>
        <translation>La contraseña no puede estar vacía.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="146"/>
        <source>Nada nuevo: los %Ln cambios ya estaban en esta base de datos.</source>
        <translation>
            <numerusform>Nada nuevo: el cambio ya estaba en esta base de datos (%Ln).</numerusform>
            <numerusform>Nada nuevo: los %Ln cambios ya estaban en esta base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nada nuevo: los {count} cambios ya estaban en esta base de datos.</source>
        <translation type="vanished">Nada nuevo: los {count} cambios ya estaban en esta base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="136"/>
        <source>No existe el archivo «{path}».</source>
        <translation>No existe el archivo «{path}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/conflicts.py" line="273"/>
        <source>No existe el conflicto «{id}».</source>
        <translation>No existe el conflicto «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/export.py" line="167"/>
        <source>No existe el plan «{id}».</source>
        <translation>No existe el plan «{id}».</translation>
    </message>
    <message>
        <source>No existe la carpeta «{folder}».</source>
        <translation type="vanished">No existe la carpeta «{folder}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="159"/>
        <source>No existe la persona participante «{id}».</source>
        <translation>No existe la persona participante «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/devices.py" line="66"/>
        <source>No se conoce ningún equipo con id «{id}».</source>
        <translation>No se conoce ningún equipo con id «{id}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="73"/>
        <source>No se encontró ningún archivo .cocrea.</source>
        <translation>No se encontró ningún archivo .cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="179"/>
        <source>No se pudo escribir en la base de datos: {reason}</source>
        <translation>No se pudo escribir en la base de datos: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="35"/>
        <source>No se pudo leer el archivo de contraseña «{path}».</source>
        <translation>No se pudo leer el archivo de contraseña «{path}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="126"/>
        <source>No se pudo leer «{path}»: {reason}</source>
        <translation>No se pudo leer «{path}»: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="149"/>
        <source>No se puede fusionar a una persona consigo misma.</source>
        <translation>No se puede fusionar a una persona consigo misma.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="137"/>
        <source>Origen: {origin}; creado: {created}</source>
        <translation>Origen: {origin}; creado: {created}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="53"/>
        <source>Paquete guardado en {path}: %Ln cambios.</source>
        <translation>
            <numerusform>Paquete guardado en {path}: %Ln cambio.</numerusform>
            <numerusform>Paquete guardado en {path}: %Ln cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquete guardado en {path}: {count} cambios.</source>
        <translation type="vanished">Paquete guardado en {path}: {count} cambios.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="106"/>
        <source>Paquete rechazado: dice venir de «{device}» pero está firmado con otra clave ({other}) que la conocida para ese equipo ({known}); puede ser una falsificación. No se importó nada.</source>
        <translation>Paquete rechazado: dice venir de «{device}» pero está firmado con otra clave ({other}) que la conocida para ese equipo ({known}); puede ser una falsificación. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="100"/>
        <source>Paquete rechazado: dice venir de «{device}», cuya clave ya se conoce, pero no está firmado; puede ser una falsificación. No se importó nada.</source>
        <translation>Paquete rechazado: dice venir de «{device}», cuya clave ya se conoce, pero no está firmado; puede ser una falsificación. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="195"/>
        <source>Paquete rechazado: el cambio {seq} de «{device}» que trae este paquete de «{origin}» no es el cambio {seq} de «{device}» que ya tiene esta base de datos («{here}»): dos copias de una misma base de datos escribieron con la misma identidad. No se importó nada de este archivo; ninguna de las dos versiones del cambio se descartó en silencio.</source>
        <translation>Paquete rechazado: el cambio {seq} de «{device}» que trae este paquete de «{origin}» no es el cambio {seq} de «{device}» que ya tiene esta base de datos («{here}»): dos copias de una misma base de datos escribieron con la misma identidad. No se importó nada de este archivo; ninguna de las dos versiones del cambio se descartó en silencio.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/importer.py" line="173"/>
        <source>Paquete rechazado: hace referencia a registros que no existen o se contradice con esta base de datos; no se importó nada.</source>
        <translation>Paquete rechazado: hace referencia a registros que no existen o se contradice con esta base de datos; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="100"/>
        <source>Paquete rechazado: {reason}</source>
        <translation>Paquete rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="91"/>
        <source>Paquete rechazado: «{device}» está marcado como no confiable en esta base de datos; no se importó nada.</source>
        <translation>Paquete rechazado: «{device}» está marcado como no confiable en esta base de datos; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="112"/>
        <source>Plan «{plan}»</source>
        <translation>Plan «{plan}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="191"/>
        <source>Posible duplicado ({reasons}):</source>
        <translation>Posible duplicado ({reasons}):</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="233"/>
        <source>Registros fusionados; asistencias trasladadas: {count}</source>
        <translation>Registros fusionados; asistencias trasladadas: {count}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/sync/importer.py" line="307"/>
        <source>Se dejaron fuera %n cambios de «{device}» que no llevan su firma: pueden ser falsificaciones; lo demás se importó.</source>
        <translation>
            <numerusform>Se dejó fuera %n cambio de «{device}» que no lleva su firma: puede ser una falsificación; lo demás se importó.</numerusform>
            <numerusform>Se dejaron fuera %n cambios de «{device}» que no llevan su firma: pueden ser falsificaciones; lo demás se importó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se dejaron fuera %n cambios de «{device}» que trajo este paquete sin la firma de «{device}»: pueden ser falsificaciones; lo demás se importó.</source>
        <translation type="vanished">
            <numerusform>Se dejó fuera %n cambio de «{device}» que trajo este paquete sin la firma de «{device}»: puede ser una falsificación; lo demás se importó.</numerusform>
            <numerusform>Se dejaron fuera %n cambios de «{device}» que trajo este paquete sin la firma de «{device}»: pueden ser falsificaciones; lo demás se importó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="55"/>
        <source>Sin datos personales: nombres reemplazados por seudónimos, sin contacto.</source>
        <translation>Sin datos personales: nombres reemplazados por seudónimos, sin contacto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="105"/>
        <source>Sin importar (de ellos no se escribió nada): {files}.</source>
        <translation>Sin importar (de ellos no se escribió nada): {files}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="114"/>
        <source>Sin plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="166"/>
        <source>Solo se fusionan personas del mismo plan.</source>
        <translation>Solo se fusionan personas del mismo plan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cocreation_app/cli/sync.py" line="101"/>
        <source>Vista previa de {good} de %n archivos.</source>
        <translation>
            <numerusform>Vista previa de {good} de %n archivo.</numerusform>
            <numerusform>Vista previa de {good} de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vista previa de {good} de {total} archivos.</source>
        <translation type="vanished">Vista previa de {good} de {total} archivos.</translation>
    </message>
    <message>
        <source>Vista previa: {new} cambios nuevos, {conflicts} conflictos; no se guardó nada.</source>
        <translation type="vanished">Vista previa: {new} cambios nuevos, {conflicts} conflictos; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="149"/>
        <source>Vista previa: {new}, {conflicts}; no se guardó nada.</source>
        <translation>Vista previa: {new}, {conflicts}; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="86"/>
        <source>Ya importados antes del error: {files}.</source>
        <translation>Ya importados antes del error: {files}.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="248"/>
        <source>archivo interno no permitido: «{name}».</source>
        <translation>archivo interno no permitido: «{name}».</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/zipguard.py" line="76"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="82"/>
        <source>archivos internos superpuestos («{name}»): posible bomba zip.</source>
        <translation>archivos internos superpuestos («{name}»): posible bomba zip.</translation>
    </message>
    <message>
        <source>campos inesperados</source>
        <translation type="vanished">campos inesperados</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="253"/>
        <source>compresión o cifrado de zip no permitidos.</source>
        <translation>compresión o cifrado de zip no permitidos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="383"/>
        <source>dice haber sido creado el {created}, más de 50 años después de la fecha de este equipo ({now}): un reloj tan adelantado es una falla o una falsificación.</source>
        <translation>dice haber sido creado el {created}, más de 50 años después de la fecha de este equipo ({now}): un reloj tan adelantado es una falla o una falsificación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="139"/>
        <location filename="../cocreation_app/sync/bundle.py" line="155"/>
        <source>el archivo es demasiado grande.</source>
        <translation>el archivo es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="228"/>
        <source>el archivo está dañado o fue modificado (la suma de verificación no coincide).</source>
        <translation>el archivo está dañado o fue modificado (la suma de verificación no coincide).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="171"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="47"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="50"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="62"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="65"/>
        <source>el archivo no es un zip válido o está dañado.</source>
        <translation>el archivo no es un zip válido o está dañado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="558"/>
        <source>el cambio {index} de «{member}» no es válido ({what}).</source>
        <translation>el cambio {index} de «{member}» no es válido ({what}).</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="394"/>
        <source>el cambio {index} de «{member}» tiene un reloj del {time}, posterior en más de un día a la fecha del paquete y a la de este equipo (hasta {horizon}); adoptarlo adelantaría el reloj de esta base de datos.</source>
        <translation>el cambio {index} de «{member}» tiene un reloj del {time}, posterior en más de un día a la fecha del paquete y a la de este equipo (hasta {horizon}); adoptarlo adelantaría el reloj de esta base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="264"/>
        <source>el contenido es demasiado grande.</source>
        <translation>el contenido es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="62"/>
        <source>el contenido no corresponde a su firma: se modificó después de firmarse.</source>
        <translation>el contenido no corresponde a su firma: se modificó después de firmarse.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="228"/>
        <source>el manifiesto no tiene la forma esperada.</source>
        <translation>el manifiesto no tiene la forma esperada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="193"/>
        <source>el número de cambios no coincide con el manifiesto.</source>
        <translation>el número de cambios no coincide con el manifiesto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="236"/>
        <source>el paquete tiene la versión de formato {version}, que esta aplicación no conoce; actualice la aplicación.</source>
        <translation>el paquete tiene la versión de formato {version}, que esta aplicación no conoce; actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="132"/>
        <source>error: {reason}</source>
        <translation>error: {reason}</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="266"/>
        <source>falta el manifiesto.</source>
        <translation>falta el manifiesto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/signing.py" line="55"/>
        <source>la firma del paquete falta o no tiene la forma esperada.</source>
        <translation>la firma del paquete falta o no tiene la forma esperada.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="218"/>
        <source>los archivos de evidencia no coinciden con los cambios.</source>
        <translation>los archivos de evidencia no coinciden con los cambios.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="179"/>
        <source>los archivos internos no coinciden con el manifiesto.</source>
        <translation>los archivos internos no coinciden con el manifiesto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="50"/>
        <source>mismo correo</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="49"/>
        <source>mismo nombre</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="51"/>
        <source>mismo teléfono</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="224"/>
        <source>no es un paquete de Cocrea o está incompleto.</source>
        <translation>no es un paquete de Cocrea o está incompleto.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="232"/>
        <source>no es un paquete de Cocrea.</source>
        <translation>no es un paquete de Cocrea.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="497"/>
        <source>no tiene la forma de un cambio</source>
        <translation>no tiene la forma de un cambio</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="243"/>
        <source>nombre de archivo interno no permitido: «{name}».</source>
        <translation>nombre de archivo interno no permitido: «{name}».</translation>
    </message>
    <message>
        <source>sus cambios no coinciden con los que ya tiene esta base de datos.</source>
        <translation type="vanished">sus cambios no coinciden con los que ya tiene esta base de datos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="294"/>
        <source>tiene cambios repetidos o incoherentes.</source>
        <translation>tiene cambios repetidos o incoherentes.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="236"/>
        <location filename="../cocreation_app/sync/format.py" line="282"/>
        <location filename="../cocreation_app/sync/zipguard.py" line="29"/>
        <source>tiene demasiados archivos internos.</source>
        <translation>tiene demasiados archivos internos.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="538"/>
        <source>tipo o campo desconocido</source>
        <translation>tipo o campo desconocido</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="353"/>
        <source>un archivo de evidencia es demasiado grande.</source>
        <translation>un archivo de evidencia es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="216"/>
        <source>una evidencia no tiene una huella SHA-256 válida.</source>
        <translation>una evidencia no tiene una huella SHA-256 válida.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="548"/>
        <source>valor no válido para «{field}»</source>
        <translation>valor no válido para «{field}»</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="116"/>
        <source>{where}, taller «{workshop}»</source>
        <translation>{where}, taller «{workshop}»</translation>
    </message>
    <message>
        <source>{where}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos</source>
        <translation type="vanished">{where}: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {conflicts} conflictos</translation>
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
        <translation>«{member}» está dañado.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="187"/>
        <location filename="../cocreation_app/sync/bundle.py" line="205"/>
        <source>«{member}» no coincide con su suma de verificación.</source>
        <translation>«{member}» no coincide con su suma de verificación.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="128"/>
        <source>«{member}» no es JSON válido.</source>
        <translation>«{member}» no es JSON válido.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/format.py" line="485"/>
        <source>«{member}» no es una lista de cambios.</source>
        <translation>«{member}» no es una lista de cambios.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="258"/>
        <source>«{name}» es demasiado grande.</source>
        <translation>«{name}» es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/bundle.py" line="260"/>
        <source>«{name}» está comprimido de forma sospechosa.</source>
        <translation>«{name}» está comprimido de forma sospechosa.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/sync/duplicates.py" line="163"/>
        <source>«{name}» ya fue fusionada con otro registro.</source>
        <translation>«{name}» ya fue fusionada con otro registro.</translation>
    </message>
    <message>
        <source>«{path}» es una carpeta; indique un nombre de archivo.</source>
        <translation type="vanished">«{path}» es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../cocreation_app/cli/sync.py" line="131"/>
        <source>«{path}»: {reason}</source>
        <translation>«{path}»: {reason}</translation>
    </message>
</context>
</TS>
