<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>Finish or leave the conversation in progress first: its notes are being saved as you type.</source>
        <extracomment>Taken before the first look, so no other Belonging changes the data meanwhile, and handed to the full opening. Whether the first look found a conversation left unfinished. Leads damage met while the app runs to the recovery (made once the app is open). The first look&apos;s window was closed before the data folder finished opening.</extracomment>
        <translation>Primero termina o deja la conversación en curso: sus notas se están guardando mientras escribes.</translation>
    </message>
</context>
<context>
    <name>ArchivedPairsDialog</name>
    <message>
        <source>Archived pairs</source>
        <translation>Uno a uno archivados</translation>
    </message>
    <message>
        <source>Pairs you archived: off Home and set-up, with everything kept. Bring one back, or open it to read its conversations or delete it.</source>
        <translation>Los uno a uno que archivaste: fuera de Inicio y de la preparación, con todo conservado. Recupera uno, o ábrelo para leer sus conversaciones o borrarlo.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>No pair is archived.</source>
        <translation>No hay ningún uno a uno archivado.</translation>
    </message>
    <message>
        <source>Last talked on {date}</source>
        <translation>Última conversación: {date}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>{names} are back on Home.</source>
        <translation>{names} vuelven a estar en Inicio.</translation>
    </message>
</context>
<context>
    <name>BallotQuestion</name>
    <message>
        <source>Yes, I&apos;m ready</source>
        <translation>Sí, quiero seguir</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Nobody will learn what you chose: only whether you both said yes.</source>
        <translation>Nadie sabrá qué elegiste: solo si los dos dijeron que sí.</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>CarryForwardView</name>
    <message>
        <source>From last time</source>
        <extracomment>`object`, not `dict`: Qt would turn a dict into a map with text keys only.</extracomment>
        <translation>De la última vez</translation>
    </message>
    <message>
        <source>A conversation carries into the next one. Take up what feels right today, keep the rest for later, or let it go: no reason needed.</source>
        <translation>Cada conversación continúa en la siguiente. Retomen lo que hoy les parezca bien, guarden el resto para más adelante o déjenlo ir: no hace falta dar razones.</translation>
    </message>
    <message>
        <source>Last time you parked:</source>
        <translation>La última vez dejaron para otro día:</translation>
    </message>
    <message>
        <source>Follow-ups still open:</source>
        <translation>Próximos pasos todavía abiertos:</translation>
    </message>
    <message>
        <source>Tick the ones that are done.</source>
        <translation>Marquen los que ya estén hechos.</translation>
    </message>
    <message>
        <source>To bring up:</source>
        <translation>Para comentar:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Parked recently:</source>
        <translation>Dejaron para otro día hace poco:</translation>
    </message>
    <message>
        <source>Parked on {date}</source>
        <translation>Dejada para otro día el {date}</translation>
    </message>
    <message>
        <source>To bring up: {whose}</source>
        <translation>Para comentar: {whose}</translation>
    </message>
    <message>
        <source>both of you</source>
        <translation>los dos</translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>Take up</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Guardar para más adelante</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dejar ir</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Just for you, before you begin</source>
        <translation>Solo para ti, antes de empezar</translation>
    </message>
    <message>
        <source>Each of you, in turn and in private: how close you feel, and how deep you would like to go today. Your answers are not shown to the other, and you can skip this.</source>
        <translation>Cada uno, por turnos y en privado: cuánta cercanía sientes y hasta dónde te gustaría llegar hoy. La otra persona no verá tus respuestas, y pueden saltarse este paso.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>S&amp;kip this</source>
        <translation>&amp;Saltar este paso</translation>
    </message>
    <message>
        <source>B&amp;egin the conversation</source>
        <translation>&amp;Empezar la conversación</translation>
    </message>
</context>
<context>
    <name>Closeness</name>
    <message>
        <source>apart</source>
        <extracomment>Space between the question and the pictures.</extracomment>
        <translation>separados</translation>
    </message>
    <message>
        <source>just touching</source>
        <translation>apenas se tocan</translation>
    </message>
    <message>
        <source>a little overlap</source>
        <translation>se solapan un poco</translation>
    </message>
    <message>
        <source>some overlap</source>
        <translation>se solapan algo</translation>
    </message>
    <message>
        <source>much overlap</source>
        <translation>se solapan bastante</translation>
    </message>
    <message>
        <source>mostly overlapping</source>
        <translation>se solapan mucho</translation>
    </message>
    <message>
        <source>almost one</source>
        <translation>casi uno solo</translation>
    </message>
    <message>
        <source>{value} of {count}: {words}</source>
        <translation>{value} de {count}: {words}</translation>
    </message>
</context>
<context>
    <name>ClosenessChart</name>
    <message>
        <source>{name}: no check-ins yet.</source>
        <extracomment>Person index -&gt; (palette role of the line, pen style). Conversations drawn at most: the most recent ones. Years of weekly check-ins on one axis are a smear no one can read; the last half year or so shows where the two of you are now.</extracomment>
        <translation>{name}: todavía sin respuestas.</translation>
    </message>
    <message>
        <source>{name}: {value} ({words}).</source>
        <translation>{name}: {value} ({words}).</translation>
    </message>
    <message>
        <source>closer</source>
        <translation>más cerca</translation>
    </message>
    <message>
        <source>less close</source>
        <translation>menos cerca</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <source>{name}: from {first} to {last}, {change}.</source>
        <translation>{name}: de {first} a {last}, {change}.</translation>
    </message>
    <message>
        <source>Closeness over time</source>
        <translation>La cercanía con el tiempo</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Todavía no hay respuestas sobre la cercanía.</translation>
    </message>
    <message>
        <source>Closeness from 1 (apart) to 7 (almost one), over the last {count} of the {total} conversations with a check-in.</source>
        <translation>Cercanía de 1 (separados) a 7 (casi uno solo), en las últimas {count} de las {total} conversaciones en que la contaron.</translation>
    </message>
    <message>
        <source>Closeness from 1 (apart) to 7 (almost one), over {count} conversations.</source>
        <translation>Cercanía de 1 (separados) a 7 (casi uno solo). Conversaciones: {count}.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Todavía no hay respuestas</translation>
    </message>
    <message>
        <source>The last {count} of {total} conversations with a check-in, oldest first · 1 apart, 7 almost one</source>
        <translation>Las últimas {count} de {total} conversaciones con respuesta, de la más antigua a la más reciente · 1 separados, 7 casi uno solo</translation>
    </message>
    <message>
        <source>Conversations, oldest first · 1 apart, 7 almost one</source>
        <translation>Conversaciones, de la más antigua a la más reciente · 1 separados, 7 casi uno solo</translation>
    </message>
    <message>
        <source>before</source>
        <translation>al empezar</translation>
    </message>
    <message>
        <source>after</source>
        <translation>al terminar</translation>
    </message>
</context>
<context>
    <name>ClosenessCircles</name>
    <message>
        <source>Seven pictures of two circles, from apart to almost one; keys 1 to 7.</source>
        <translation>Siete dibujos de dos círculos, de separados a casi uno solo; teclas del 1 al 7.</translation>
    </message>
</context>
<context>
    <name>ClosingQuestion</name>
    <message>
        <source>How close do you feel now?</source>
        <translation>¿Cuánta cercanía sientes ahora?</translation>
    </message>
    <message>
        <source>Keep how close I felt today (before and after) on our page</source>
        <translation>Guardar en nuestra página cuánta cercanía sentí hoy (al empezar y al terminar)</translation>
    </message>
    <message>
        <source>Unticked, nothing of your check-ins is kept, charted or exported.</source>
        <translation>Si no lo marcas, tus respuestas no se guardan, no aparecen en el gráfico ni se exportan.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>What is one thing you appreciated about the other person in this conversation?</source>
        <extracomment>The engine&apos;s default closing prompt, marked for translation under the same words.</extracomment>
        <translation>¿Qué valoraste de la otra persona en esta conversación?</translation>
    </message>
    <message>
        <source>You are close to the time you planned. Whenever it feels right, you can wrap up.</source>
        <extracomment>Which engine action each command of the page stands for.</extracomment>
        <translation>Se acerca el tiempo que tenían previsto. Cuando les parezca bien, pueden ir cerrando.</translation>
    </message>
    <message>
        <source>You have had the time planned for this level. Move on when you are ready; there is no hurry.</source>
        <translation>Ya pasó el tiempo previsto para este nivel. Sigan cuando quieran; no hay prisa.</translation>
    </message>
    <message>
        <source>You have both been comfortable at this depth before.</source>
        <translation>Los dos ya han estado a gusto en este nivel otras veces.</translation>
    </message>
    <message>
        <source>This is deeper than you have gone together before. Take your time.</source>
        <translation>Nunca habían llegado tan lejos juntos. Tómense su tiempo.</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Skipped: “{prompt}”</source>
        <extracomment>The most of a prompt&apos;s words an Undo bar quotes. The offer to undo a park or a skip now showing (matched so a stale one does nothing). The &quot;Wrap up now?&quot; question while it is open (for tests to answer).</extracomment>
        <translation>Saltada: «{prompt}»</translation>
    </message>
    <message>
        <source>Parked for another time: “{prompt}”</source>
        <translation>Para otro día: «{prompt}»</translation>
    </message>
    <message>
        <source>Wrap up now?</source>
        <translation>¿Cerramos ya?</translation>
    </message>
    <message>
        <source>Wrap up now? You can still come back to the prompts from the wrap-up.</source>
        <translation>¿Cerramos ya? Desde el cierre todavía pueden volver a las preguntas.</translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation>Ir al ci&amp;erre</translation>
    </message>
    <message>
        <source>&amp;Keep talking</source>
        <translation>&amp;Seguir hablando</translation>
    </message>
</context>
<context>
    <name>ConversationHistoryView</name>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Delete this conversation…</source>
        <translation>&amp;Borrar esta conversación…</translation>
    </message>
    <message>
        <source>Asks first; for a few seconds afterwards it can be undone</source>
        <translation>Pregunta antes; durante unos segundos después se puede deshacer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>talked {time}</source>
        <translation>hablaron {time}</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>Nothing was written in this conversation.</source>
        <translation>En esta conversación no se escribió nada.</translation>
    </message>
    <message>
        <source>Show only the prompts with &amp;notes</source>
        <translation>Mostrar solo las preguntas con &amp;notas</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all prompts (%n without notes)</source>
        <translation>
            <numerusform>Mostrar &amp;todas las preguntas (%n sin notas)</numerusform>
            <numerusform>Mostrar &amp;todas las preguntas (%n sin notas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The closing question</source>
        <translation>La pregunta de cierre</translation>
    </message>
    <message>
        <source>Level {depth}</source>
        <translation>Nivel {depth}</translation>
    </message>
    <message>
        <source>Notes on the whole conversation</source>
        <translation>Notas sobre toda la conversación</translation>
    </message>
    <message>
        <source>Show &amp;all prompts</source>
        <translation>Mostrar &amp;todas las preguntas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>No prompt was shown in this conversation.</source>
        <translation>En esta conversación no se mostró ninguna pregunta.</translation>
    </message>
    <message>
        <source>{level} · {title}</source>
        <translation>{level} · {title}</translation>
    </message>
    <message>
        <source>{level}, the lighter version</source>
        <translation>{level}, la versión más ligera</translation>
    </message>
</context>
<context>
    <name>ConversationStory</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>talked {time}</source>
        <translation>hablaron {time}</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>No conversation yet. The first one starts a history you can come back to.</source>
        <extracomment>A quiet button&apos;s text starts this far inside it (its padding and border, common.qss).</extracomment>
        <translation>Todavía no hay conversaciones. La primera empieza un historial al que podrán volver.</translation>
    </message>
    <message>
        <source>Show earlie&amp;r conversations</source>
        <translation>Mostrar conversaciones &amp;anteriores</translation>
    </message>
    <message>
        <source>Read this conversation again</source>
        <translation>Volver a leer esta conversación</translation>
    </message>
    <message numerus="yes">
        <source>and %n more note(s)</source>
        <translation>
            <numerusform>y %n nota más</numerusform>
            <numerusform>y %n notas más</numerusform>
        </translation>
    </message>
    <message>
        <source>No shared notes.</source>
        <translation>Sin notas compartidas.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>{first} answers first — leaders go first on the deep ones. Then {second}.</source>
        <extracomment>The buttons under the prompt, left to right: stopping on the left, moving on to the right.</extracomment>
        <translation>Responde primero {first}: en las preguntas profundas empieza quien guía. Después, {second}.</translation>
    </message>
    <message>
        <source>{first} answers first, then {second}.</source>
        <translation>Responde primero {first} y después {second}.</translation>
    </message>
    <message>
        <source>{first} answers.</source>
        <translation>Responde {first}.</translation>
    </message>
    <message>
        <source>Level {depth} of {count} · {title}</source>
        <translation>Nivel {depth} de {count} · {title}</translation>
    </message>
    <message>
        <source>{elapsed} of about {planned} min at this level</source>
        <translation>{elapsed} de unos {planned} min en este nivel</translation>
    </message>
    <message>
        <source>{elapsed} min at this level</source>
        <translation>{elapsed} min en este nivel</translation>
    </message>
    <message>
        <source>From last time:</source>
        <translation>De la última vez:</translation>
    </message>
    <message>
        <source>Presentation mode: the prompt alone, notes folded away.</source>
        <translation>Modo presentación: solo la pregunta, con las notas plegadas.</translation>
    </message>
    <message>
        <source>Presentation mode off: the notes are back.</source>
        <translation>Modo presentación desactivado: las notas vuelven a estar a la vista.</translation>
    </message>
</context>
<context>
    <name>DeeperView</name>
    <message>
        <source>Ready to go deeper?</source>
        <translation>¿Quieren ir más a fondo?</translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation>Ir al ci&amp;erre</translation>
    </message>
    <message>
        <source>&amp;Stay at this depth</source>
        <translation>&amp;Quedarnos en este nivel</translation>
    </message>
    <message>
        <source>&amp;More at this depth</source>
        <translation>&amp;Más en este nivel</translation>
    </message>
    <message>
        <source>Prompts of this depth from other scripts of the library</source>
        <translation>Preguntas de este nivel que vienen de otros guiones de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>You have talked through this depth</source>
        <translation>Ya recorrieron este nivel</translation>
    </message>
    <message>
        <source>There is nothing new left at this depth in this script. You can go on at this depth with prompts from other scripts, go deeper if you both want to, or wrap up.</source>
        <translation>En este guion no quedan preguntas nuevas de este nivel. Pueden seguir en este nivel con preguntas de otros guiones, ir más a fondo si los dos quieren, o ir cerrando.</translation>
    </message>
    <message>
        <source>There is nothing new left at this depth. You can go deeper, if you both want to, or wrap up.</source>
        <translation>No quedan preguntas nuevas en este nivel. Pueden ir más a fondo, si los dos quieren, o ir cerrando.</translation>
    </message>
    <message>
        <source>Ready to go deeper again?</source>
        <translation>¿Quieren volver a ir más a fondo?</translation>
    </message>
    <message>
        <source>Each of you says privately whether you are ready. Only if you both are do you go on; otherwise you stay here, and nobody learns who was not ready.</source>
        <translation>Cada uno dice en privado si quiere seguir. Solo avanzan si los dos quieren; si no, se quedan aquí, y nadie sabrá quién no quería.</translation>
    </message>
    <message>
        <source>The next level asks a little more of you both. Each of you says privately whether you are ready; staying here is a good choice too, and so is wrapping up.</source>
        <translation>El siguiente nivel les pide un poco más a los dos. Cada uno dice en privado si quiere seguir; quedarse aquí también es una buena elección, y cerrar también.</translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today. Stay here, or wrap up.</source>
        <translation>Llegaron hasta donde eligieron llegar hoy. Quédense aquí o vayan cerrando.</translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today, and talked this depth through. Go on at this depth with prompts from other scripts, or wrap up.</source>
        <translation>Llegaron hasta donde eligieron llegar hoy y ya recorrieron este nivel. Sigan en este nivel con preguntas de otros guiones, o vayan cerrando.</translation>
    </message>
    <message>
        <source>You have gone as deep as you chose to go today, and talked it through. Wrap up whenever you are ready.</source>
        <translation>Llegaron hasta donde eligieron llegar hoy y ya lo recorrieron. Cierren cuando quieran.</translation>
    </message>
    <message>
        <source>Are you ready to go on to level {depth} of {count}: {title}?</source>
        <translation>¿Quieren pasar al nivel {depth} de {count}: {title}?</translation>
    </message>
    <message>
        <source>Next: level {depth} of {count} · {title}</source>
        <translation>Siguiente: nivel {depth} de {count} · {title}</translation>
    </message>
    <message>
        <source>You are both ready. Let&apos;s go deeper.</source>
        <translation>Los dos quieren seguir. Vamos más a fondo.</translation>
    </message>
    <message>
        <source>Not today — staying here. That is a fine choice.</source>
        <translation>Hoy no: se quedan aquí. Es una buena elección.</translation>
    </message>
    <message>
        <source>Not today. More at this depth, or wrap up: both are fine choices.</source>
        <translation>Hoy no. Más preguntas de este nivel, o ir cerrando: las dos son buenas elecciones.</translation>
    </message>
    <message>
        <source>Not today. Wrap up whenever you are ready; that is a fine choice.</source>
        <translation>Hoy no. Cierren cuando quieran; es una buena elección.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>{owner} and {partner}</source>
        <translation>{owner} y {partner}</translation>
    </message>
    <message>
        <source>Levels: {count}</source>
        <translation>Niveles: {count}</translation>
    </message>
    <message>
        <source>Prompts: {count}</source>
        <translation>Preguntas: {count}</translation>
    </message>
    <message>
        <source>About {minutes} minutes</source>
        <translation>Unos {minutes} minutos</translation>
    </message>
    <message>
        <source>For {audience}</source>
        <translation>Para {audience}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>hecho el {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>vencido desde el {date}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>para el {date}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Belonging. What you wrote is saved as you type, so nothing should be lost. If the window does not behave as it should, close it and open Belonging again: it will offer to continue where you left off.</source>
        <translation>Algo falló dentro de Belonging. Todo lo que escribes se guarda al momento, así que no debería perderse nada. Si la ventana no se comporta como debe, ciérrala y vuelve a abrir Belonging: te ofrecerá seguir donde lo dejaste.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export this pair&apos;s conversations</source>
        <translation>Exportar las conversaciones de este uno a uno</translation>
    </message>
    <message>
        <source>Export this conversation</source>
        <translation>Exportar esta conversación</translation>
    </message>
    <message>
        <source>Shared notes, follow-ups and check-ins go out. Private and confidential notes stay on this computer unless you ask for them below.</source>
        <translation>Se exportan las notas compartidas, los próximos pasos y las respuestas sobre la cercanía. Las notas privadas y confidenciales se quedan en esta computadora, salvo que las pidas aquí abajo.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Incluir las notas privadas</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Incluir las notas confidenciales</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>There is already a file with this name; exporting will replace it.</source>
        <translation>Ya hay un archivo con este nombre; al exportar se reemplazará.</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Elige un archivo en una carpeta que exista.</translation>
    </message>
    <message>
        <source>That is a folder; choose a file name.</source>
        <translation>Eso es una carpeta; elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Deteniendo la exportación…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado en {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>Se detuvo la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>There is already a file at {path}; choose another name.</source>
        <translation>Ya hay un archivo en {path}; elige otro nombre.</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>No se pudo escribir la exportación en {path}: {reason}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}.</source>
        <translation>La exportación falló: {reason}.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>Qu&amp;ién</translation>
    </message>
    <message>
        <source>De&amp;lete follow-up</source>
        <translation>&amp;Borrar el próximo paso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Taken up from last time</source>
        <translation>Retomados de la vez anterior</translation>
    </message>
    <message>
        <source>For example: share the article we mentioned</source>
        <translation>Por ejemplo: compartir el artículo que comentamos</translation>
    </message>
    <message>
        <source>Due &amp;date</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>Próximo &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>No follow-ups yet.</source>
        <translation>Todavía no hay próximos pasos.</translation>
    </message>
    <message>
        <source>{owner}, by {date}</source>
        <translation>{owner}, para el {date}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Follow-up added: {text}</source>
        <translation>Próximo paso añadido: {text}</translation>
    </message>
    <message>
        <source>Follow-up removed: {text}</source>
        <translation>Próximo paso quitado: {text}</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Tick when done</source>
        <translation>Márcalo cuando esté hecho</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
</context>
<context>
    <name>GroundRulesView</name>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Five promises you make to each other. Read them together.</source>
        <translation>Cinco promesas que se hacen el uno al otro. Léanlas juntos.</translation>
    </message>
    <message>
        <source>About this conversation</source>
        <translation>Sobre esta conversación</translation>
    </message>
    <message>
        <source>Each of you, when you are ready:</source>
        <translation>Cada uno, cuando quiera:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Either of you can pause, at any time.</source>
        <translation>Cualquiera de los dos puede hacer una pausa, en cualquier momento.</translation>
    </message>
    <message>
        <source>Pause ({keys}, or the Pause button under the question) hides everything on the screen until you both come back.</source>
        <translation>La pausa ({keys}, o el botón Pausa bajo la pregunta) oculta todo lo que hay en la pantalla hasta que los dos vuelvan.</translation>
    </message>
    <message>
        <source>“Too much?” needs no reason.</source>
        <translation>«¿Demasiado?» no necesita explicación.</translation>
    </message>
    <message>
        <source>Either of you can say it ({keys}, or the button beside Pause). The question leaves the screen at once, and you step back to something lighter, together; nobody learns who said it. You go deeper again only when you both say so, each in private.</source>
        <translation>Cualquiera de los dos puede decirlo ({keys}, o el botón junto a Pausa). La pregunta desaparece al instante y juntos dan un paso atrás hacia algo más ligero; nadie sabrá quién lo dijo. Solo vuelven a ir más a fondo cuando los dos lo digan, cada uno en privado.</translation>
    </message>
    <message>
        <source>On a video call, just say it.</source>
        <translation>En una videollamada, basta con decirlo.</translation>
    </message>
    <message>
        <source>Say “pause” or “too much” and I&apos;ll press it: no reason, no questions.</source>
        <translation>Di «pausa» o «demasiado» y yo lo pulso: sin explicaciones, sin preguntas.</translation>
    </message>
    <message>
        <source>What is private stays private.</source>
        <translation>Lo privado sigue siendo privado.</translation>
    </message>
    <message>
        <source>What is said here stays between you. Private notes are hidden unless the one who wrote them shows them on purpose.</source>
        <translation>Lo que se diga aquí queda entre ustedes. Las notas privadas están ocultas salvo que quien las escribió las muestre a propósito.</translation>
    </message>
    <message>
        <source>What is kept is read back at the end.</source>
        <translation>Lo que se guarda se relee al final.</translation>
    </message>
    <message>
        <source>Before anything is saved you both see it, and either of you can strike a line or mark it confidential.</source>
        <translation>Antes de guardar nada, los dos lo ven, y cualquiera puede tachar una línea o marcarla como confidencial.</translation>
    </message>
    <message>
        <source>{name} agrees</source>
        <translation>{name} está de acuerdo</translation>
    </message>
    <message>
        <source>Thank you both.</source>
        <translation>Gracias a los dos.</translation>
    </message>
    <message>
        <source>Waiting for {name}, whenever they are ready.</source>
        <translation>Esperando a {name}, sin prisa.</translation>
    </message>
    <message>
        <source>Continue opens once you have both agreed.</source>
        <translation>Podrán continuar cuando los dos estén de acuerdo.</translation>
    </message>
</context>
<context>
    <name>HeavyMomentCard</name>
    <message>
        <source>&amp;Edit where to find support…</source>
        <translation>&amp;Editar dónde encontrar apoyo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Where to find support here</source>
        <translation>Dónde encontrar apoyo en tu organización</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own support (an employee assistance programme, an HR contact) is not written here yet. Whoever looks after this app can add it with &quot;Edit where to find support&quot;.</source>
        <translation>Todavía no se han escrito aquí los recursos de apoyo de tu organización (un programa de asistencia al empleado, un contacto de Recursos Humanos). Quien administra esta aplicación puede añadirlos con «Editar dónde encontrar apoyo».</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Level {depth}</source>
        <translation>Nivel {depth}</translation>
    </message>
    <message>
        <source>Level {depth} of {count}</source>
        <translation>Nivel {depth} de {count}</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Delete this conversation?</source>
        <translation>¿Borrar esta conversación?</translation>
    </message>
    <message>
        <source>The conversation of {date} ({script}) will be deleted, with every note in it, shared and private, its follow-ups and check-ins.</source>
        <translation>Se borrará la conversación del {date} ({script}), con todas sus notas, compartidas y privadas, sus próximos pasos y sus respuestas sobre la cercanía.</translation>
    </message>
    <message>
        <source>&amp;Delete it</source>
        <translation>&amp;Borrarla</translation>
    </message>
    <message>
        <source>Deleted the conversation of {date} ({script}).</source>
        <translation>Se borró la conversación del {date} ({script}).</translation>
    </message>
    <message>
        <source>It could not be undone: {reason}</source>
        <translation>No se pudo deshacer: {reason}</translation>
    </message>
    <message>
        <source>The conversation was not deleted: {reason}</source>
        <translation>La conversación no se borró: {reason}</translation>
    </message>
</context>
<context>
    <name>HomeController</name>
    <message>
        <source>Last talked</source>
        <translation>Última conversación</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversación</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Próximos pasos abiertos</translation>
    </message>
    <message>
        <source>{script} with {name}</source>
        <translation>{script} con {name}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date}, a las {time}</translation>
    </message>
    <message>
        <source>You stopped at level {depth} of {count}, on {when}.</source>
        <translation>Lo dejaron en el nivel {depth} de {count}, el {when}.</translation>
    </message>
    <message>
        <source>You stopped on {when}.</source>
        <translation>Lo dejaron el {when}.</translation>
    </message>
    <message>
        <source>Its script is no longer in the library, so it cannot go on; you can close it and keep every note.</source>
        <translation>Su guion ya no está en la biblioteca, así que no puede continuar; puedes cerrarla y conservar todas las notas.</translation>
    </message>
    <message>
        <source>Its script has changed so much that it cannot go on; you can close it and keep every note.</source>
        <translation>Su guion ha cambiado tanto que no puede continuar; puedes cerrarla y conservar todas las notas.</translation>
    </message>
    <message>
        <source>Its script has changed since; the prompts you had are still there, so you can carry on.</source>
        <translation>Su guion ha cambiado desde entonces; las preguntas que tenían siguen ahí, así que pueden continuar.</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>Hecho: {text}</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Seguir donde lo dejaron</translation>
    </message>
    <message>
        <source>Close it, keeping every note</source>
        <translation>Cerrarla y conservar todas las notas</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Belonging</source>
        <extracomment>From how many pairs on Home offers a way to find one and to order them.</extracomment>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>Conversations that go deeper gradually, together, and safely.</source>
        <translation>Conversaciones que van ganando profundidad poco a poco, entre los dos y con cuidado.</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Seguir donde lo dejaron</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>N&amp;ot now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <source>The people you talk with</source>
        <translation>Las personas con las que hablas</translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation>&amp;Empezar una conversación</translation>
    </message>
    <message>
        <source>Conversation scripts</source>
        <translation>Guiones de conversación</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Escribe un nombre</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Sort &amp;by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>{owner}&apos;s one-on-ones</source>
        <translation>Los uno a uno de {owner}</translation>
    </message>
    <message>
        <source>No one yet. Start a conversation and add the two of you: names and roles are all it takes.</source>
        <translation>Todavía no hay nadie. Empieza una conversación y añade a las dos personas: bastan los nombres y los roles.</translation>
    </message>
    <message>
        <source>No one here is called “{name}”.</source>
        <translation>Aquí no hay nadie que se llame «{name}».</translation>
    </message>
    <message>
        <source>No scripts found in the library.</source>
        <translation>No hay guiones en la biblioteca.</translation>
    </message>
    <message>
        <source>Some scripts could not be read:</source>
        <translation>Algunos guiones no se pudieron leer:</translation>
    </message>
    <message>
        <source>Continue where you left off: {title}</source>
        <translation>Seguir donde lo dejaron: {title}</translation>
    </message>
    <message>
        <source>{partner} (with {owner})</source>
        <translation>{partner} (con {owner})</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n próximo paso abierto</numerusform>
            <numerusform>%n próximos pasos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Próxima: {when}</translation>
    </message>
    <message>
        <source>The history, follow-ups and settings of your one-on-ones with {name}</source>
        <translation>El historial, los próximos pasos y los ajustes de tus uno a uno con {name}</translation>
    </message>
    <message>
        <source>Start a conversation with {name}</source>
        <translation>Empezar una conversación con {name}</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Todavía sin conversaciones</translation>
    </message>
    <message>
        <source>Last talked on {date}</source>
        <translation>Última conversación: {date}</translation>
    </message>
    <message>
        <source>{last} ({script})</source>
        <translation>{last} ({script})</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>Usar este guion</translation>
    </message>
    <message>
        <source>Start a conversation with the script {title}</source>
        <translation>Empezar una conversación con el guion {title}</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import a question list</source>
        <extracomment>What the file chooser offers first: the kinds of file a question list comes in.</extracomment>
        <translation>Importar una lista de preguntas</translation>
    </message>
    <message>
        <source>From {file} · Levels: {levels} · Prompts: {prompts} · Topics: {topics}</source>
        <translation>De {file} · Niveles: {levels} · Preguntas: {prompts} · Temas: {topics}</translation>
    </message>
    <message>
        <source>No heading names a depth (such as surface, deep or level 1), so every prompt is in one level and the headings became topics.</source>
        <translation>Ningún encabezado nombra un nivel (como «superficial», «profundo» o «nivel 1»), así que todas las preguntas quedan en un solo nivel y los encabezados pasaron a ser temas.</translation>
    </message>
    <message>
        <source>Prompts asked by the leader only (one person asks, the other answers): {count}.</source>
        <translation>Preguntas que solo hace quien guía (una persona pregunta y la otra responde): {count}.</translation>
    </message>
    <message>
        <source>{name} is {size}, larger than the {limit} a script can be. Nothing was imported.</source>
        <translation>{name} ocupa {size}, más que los {limit} que puede ocupar un guion. No se importó nada.</translation>
    </message>
    <message>
        <source>{name} is not plain text Belonging can read (line {line}). Save it as UTF-8 text, then import it again.</source>
        <translation>{name} no es texto sin formato que Belonging pueda leer (línea {line}). Guárdalo como texto UTF-8 y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}.</source>
        <translation>No se pudo leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>Nothing in {name} reads as a prompt: no line of a list asks a question or invites a story. A question list is a list, one question a line.</source>
        <translation>Nada de {name} parece una pregunta: ninguna línea de una lista pregunta algo ni invita a contar algo. Una lista de preguntas es eso, una lista: una pregunta por línea.</translation>
    </message>
    <message>
        <source>A script with this name was added meanwhile. Import the list again to keep it beside that one.</source>
        <translation>Mientras tanto se añadió un guion con este nombre. Vuelve a importar la lista para guardarla junto a ese.</translation>
    </message>
    <message>
        <source>The script could not be saved: {reason}.</source>
        <translation>No se pudo guardar el guion: {reason}.</translation>
    </message>
    <message>
        <source>Belonging made a script from this list that it cannot read back, which is a fault of Belonging&apos;s. Nothing was kept.</source>
        <translation>Belonging hizo con esta lista un guion que después no puede leer; es un fallo de Belonging. No se guardó nada.</translation>
    </message>
    <message>
        <source>This could not be done just now ({reason}).</source>
        <translation>No se pudo hacer en este momento ({reason}).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a question list</source>
        <translation>Importar una lista de preguntas</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>Elegir &amp;otro archivo…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Belonging could not tell which level is lighter from the page. Put them in order, lightest first: choose a level and move it up or down.</source>
        <translation>Por la página, Belonging no pudo saber qué nivel es más ligero. Ordénalos, del más ligero al más profundo: elige un nivel y súbelo o bájalo.</translation>
    </message>
    <message>
        <source>&amp;Levels and prompts</source>
        <translation>&amp;Niveles y preguntas</translation>
    </message>
    <message>
        <source>&amp;Headings</source>
        <translation>&amp;Encabezados</translation>
    </message>
    <message>
        <source>&amp;Keep this script</source>
        <translation>&amp;Guardar este guion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Levels and prompts</source>
        <translation>Niveles y preguntas</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Headings that name a depth (surface, deep, level 2) became levels; the others became topics, so a pair&apos;s off-limits topics keep their questions away. Tick the headings to use as levels.</source>
        <translation>Los encabezados que nombran un nivel (superficial, profundo, nivel 2) pasaron a ser niveles; los demás, temas, para que a quienes hayan descartado un tema no les lleguen sus preguntas. Marca los encabezados que quieras usar como niveles.</translation>
    </message>
    <message>
        <source>Headings to use as levels</source>
        <translation>Encabezados que se usan como niveles</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Fuera del guion</translation>
    </message>
    <message>
        <source>It is offered when you set up a conversation, and listed under File ▸ Scripts, where you can rename or remove it.</source>
        <translation>Se ofrece al preparar una conversación y aparece en Archivo ▸ Guiones, donde puedes renombrarlo o eliminarlo.</translation>
    </message>
    <message>
        <source>&amp;Start a conversation with it</source>
        <translation>Em&amp;pezar una conversación con él</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>“{title}” is ready</source>
        <translation>«{title}» está listo</translation>
    </message>
    <message>
        <source>Prompts: {count}</source>
        <translation>Preguntas: {count}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>asked by the leader only</source>
        <translation>solo la hace quien guía</translation>
    </message>
    <message>
        <source>topics: {topics}</source>
        <translation>temas: {topics}</translation>
    </message>
    <message>
        <source>a level</source>
        <translation>un nivel</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>un tema</translation>
    </message>
    <message>
        <source>Line {line}: {heading} — {kind} ({why})</source>
        <translation>Línea {line}: {heading} — {kind} ({why})</translation>
    </message>
    <message>
        <source>The page has no headings over its questions.</source>
        <translation>La página no tiene encabezados sobre sus preguntas.</translation>
    </message>
    <message>
        <source>Left &amp;out: {count}</source>
        <translation>&amp;Fuera del guion: {count}</translation>
    </message>
    <message>
        <source>Everything on the page that is not a question, and why it was left out.</source>
        <translation>Todo lo que hay en la página y no es una pregunta, y por qué quedó fuera.</translation>
    </message>
    <message>
        <source>Nothing was left out: every line of the page is in the script.</source>
        <translation>No quedó nada fuera: todas las líneas de la página están en el guion.</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>a heading with nothing to ask under it</source>
        <translation>un encabezado sin nada que preguntar debajo</translation>
    </message>
    <message>
        <source>a label over the questions under it</source>
        <translation>una etiqueta sobre las preguntas que tiene debajo</translation>
    </message>
    <message>
        <source>a note under a question (a hint or a to-do), not a question</source>
        <translation>una nota bajo una pregunta (una pista o una tarea pendiente), no una pregunta</translation>
    </message>
    <message>
        <source>a second lighter alternative; a prompt has one</source>
        <translation>una segunda alternativa más ligera; cada pregunta tiene una</translation>
    </message>
    <message>
        <source>a second &apos;Asked by&apos;; a prompt has one</source>
        <translation>un segundo «Asked by»; cada pregunta tiene uno</translation>
    </message>
    <message>
        <source>an &apos;Asked by&apos; that names neither leader nor partner</source>
        <translation>un «Asked by» que no dice ni «leader» ni «partner»</translation>
    </message>
    <message>
        <source>a second title; the one at the top is used</source>
        <translation>un segundo título; se usa el de arriba</translation>
    </message>
    <message>
        <source>an empty line of a list</source>
        <translation>una línea vacía de una lista</translation>
    </message>
    <message>
        <source>details at the top other than the title</source>
        <translation>datos del principio que no son el título</translation>
    </message>
    <message>
        <source>every question here repeats an earlier one</source>
        <translation>todas las preguntas de aquí repiten una anterior</translation>
    </message>
    <message>
        <source>no words</source>
        <translation>sin palabras</translation>
    </message>
    <message>
        <source>a numbered step, not a question</source>
        <translation>un paso numerado, no una pregunta</translation>
    </message>
    <message>
        <source>an instruction, not a question</source>
        <translation>una instrucción, no una pregunta</translation>
    </message>
    <message>
        <source>prose, not a question</source>
        <translation>texto corrido, no una pregunta</translation>
    </message>
    <message>
        <source>a statement, not a question</source>
        <translation>una afirmación, no una pregunta</translation>
    </message>
    <message>
        <source>a table of contents, not a question</source>
        <translation>un índice, no una pregunta</translation>
    </message>
    <message>
        <source>only a link</source>
        <translation>solo un enlace</translation>
    </message>
    <message>
        <source>only a web address</source>
        <translation>solo una dirección web</translation>
    </message>
    <message>
        <source>it names a depth</source>
        <translation>nombra un nivel</translation>
    </message>
    <message>
        <source>it names a topic</source>
        <translation>nombra un tema</translation>
    </message>
    <message>
        <source>a guess: it names a depth, but the headings beside it do not</source>
        <translation>una suposición: nombra un nivel, pero los encabezados de al lado no</translation>
    </message>
    <message>
        <source>a guess: the headings beside it name depths</source>
        <translation>una suposición: los encabezados de al lado nombran niveles</translation>
    </message>
    <message>
        <source>the only heading over the questions</source>
        <translation>el único encabezado sobre las preguntas</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>lo elegiste tú</translation>
    </message>
    <message>
        <source>a level of a Belonging script</source>
        <translation>un nivel de un guion de Belonging</translation>
    </message>
    <message>
        <source>a paragraph, not a list of questions</source>
        <translation>un párrafo, no una lista de preguntas</translation>
    </message>
    <message>
        <source>code, not a question</source>
        <translation>código, no una pregunta</translation>
    </message>
    <message>
        <source>a hidden comment</source>
        <translation>un comentario oculto</translation>
    </message>
    <message>
        <source>web page markup</source>
        <translation>código de página web</translation>
    </message>
    <message>
        <source>a quotation, not a list of questions</source>
        <translation>una cita, no una lista de preguntas</translation>
    </message>
    <message>
        <source>a table, not a list of questions</source>
        <translation>una tabla, no una lista de preguntas</translation>
    </message>
    <message>
        <source>the same as line {0}</source>
        <translation>igual que la línea {0}</translation>
    </message>
    <message>
        <source>under line {0}, which was left out</source>
        <translation>bajo la línea {0}, que quedó fuera</translation>
    </message>
    <message>
        <source>mostly not questions: only {0} of {1} lines here ask something</source>
        <translation>casi nada son preguntas: solo {0} de {1} líneas de aquí preguntan algo</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join on your own screen</source>
        <translation>Unirte desde tu propia pantalla</translation>
    </message>
    <message>
        <source>QR code of the address below</source>
        <translation>Código QR de la dirección de abajo</translation>
    </message>
    <message>
        <source>Or type this address into its browser:</source>
        <translation>O escribe esta dirección en su navegador:</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>{name}&apos;s own screen</source>
        <translation>La pantalla de {name}</translation>
    </message>
    <message>
        <source>&amp;Turn off {name}&apos;s screen</source>
        <translation>&amp;Desconectar la pantalla de {name}</translation>
    </message>
    <message>
        <source>Not joining? The phone or laptop must be on the same Wi-Fi as this computer: not on mobile data, and not across a video call. A firewall on this computer may block it: allow Belonging on private networks. Until then, carry on together at this screen.</source>
        <translation>¿No se conecta? El teléfono o la computadora portátil tiene que estar en la misma red wifi que esta computadora: no con datos móviles, ni a través de una videollamada. Puede que un firewall de esta computadora lo bloquee: permite Belonging en las redes privadas. Mientras tanto, sigan juntos en esta pantalla.</translation>
    </message>
    <message>
        <source>On their own phone or laptop, {name} holds Pause, “Too much?”, their secret yes to going deeper, their private check-ins and their own notes.</source>
        <translation>En su propio teléfono o computadora portátil, {name} tiene Pausa, «¿Demasiado?», su sí secreto para ir más a fondo, sus respuestas privadas sobre la cercanía y sus propias notas.</translation>
    </message>
    <message>
        <source>Scan this code with its camera, on the same Wi-Fi as this computer.</source>
        <translation>Escanea este código con su cámara, conectado a la misma red wifi que esta computadora.</translation>
    </message>
</context>
<context>
    <name>KeptWords</name>
    <message>
        <source>Your private note</source>
        <translation>Tu nota privada</translation>
    </message>
    <message>
        <source>Notes on the whole conversation</source>
        <translation>Notas sobre toda la conversación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>KeptWordsDialog</name>
    <message>
        <source>Your words from this conversation</source>
        <translation>Tus palabras de esta conversación</translation>
    </message>
    <message>
        <source>Your notes file was damaged, so these words may not be in the file Belonging uses now. Here they are, as they were on screen: copy them before you close this, and paste them into a new conversation&apos;s notes, or anywhere you like.</source>
        <translation>El archivo de tus notas se dañó, así que puede que estas palabras no estén en el archivo que Belonging usa ahora. Aquí las tienes, tal como estaban en pantalla: cópialas antes de cerrar esto y pégalas en las notas de una conversación nueva, o donde quieras.</translation>
    </message>
    <message>
        <source>Your private note is hidden while the screen is shared.</source>
        <translation>Tu nota privada está oculta mientras la pantalla está compartida.</translation>
    </message>
    <message>
        <source>&amp;Show my private note</source>
        <translation>&amp;Mostrar mi nota privada</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Copiar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>Pixels a cell&apos;s words are painted narrower than their column on each side: the theme&apos;s item padding (8 px, resources/themes/common.qss) and the focus frame&apos;s margin.</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>These keys work even while you are typing in a note. Every button can also be reached with Tab, and pressed with Space.</source>
        <translation>Estas teclas funcionan incluso mientras escribes una nota. A cualquier botón se llega también con Tab, y se pulsa con Espacio.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>English</source>
        <extracomment>Each language named in its own words, as a person looking for theirs reads it. Each language named in a sentence of the language in use (&quot;in Spanish&quot;, &quot;en español&quot;).</extracomment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Belonging will be in {language} the next time you open it. To switch now, quit and open it again: nothing you have written is lost.</source>
        <translation>Belonging estará en {language} la próxima vez que lo abras. Para cambiar ya, sal y vuelve a abrirlo: no se pierde nada de lo que has escrito.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>LeadershipCard</name>
    <message>
        <source>What kind of one-on-one?</source>
        <extracomment>The kinds of one-on-one, as storage names them.</extracomment>
        <translation>¿Qué tipo de uno a uno?</translation>
    </message>
    <message>
        <source>A manager and a report</source>
        <translation>Responsable y persona de su equipo</translation>
    </message>
    <message>
        <source>A mentor and a mentee</source>
        <translation>Mentor y mentee</translation>
    </message>
    <message>
        <source>Another kind</source>
        <translation>Otro tipo</translation>
    </message>
    <message>
        <source>With a manager and a report, the manager answers first on the deeper levels: the one with more power takes the first risk.</source>
        <translation>Entre responsable y persona de su equipo, en los niveles más profundos responde primero la persona responsable: quien tiene más poder corre el primer riesgo.</translation>
    </message>
    <message>
        <source>Who leads?</source>
        <translation>¿Quién guía?</translation>
    </message>
    <message>
        <source>Usually the manager or mentor: going first shows the way.</source>
        <translation>Normalmente la persona responsable o quien hace de mentor: ir primero muestra el camino.</translation>
    </message>
    <message>
        <source>The leader answers first &amp;every time (otherwise you take turns)</source>
        <translation>Quien guía responde primero &amp;siempre (si no, se turnan)</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Everything is hidden. Enter the passphrase to go on.</source>
        <translation>Todo está oculto. Escribe la contraseña para seguir.</translation>
    </message>
    <message>
        <source>Everything is hidden until you unlock.</source>
        <translation>Todo está oculto hasta que desbloquees.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Belonging</source>
        <extracomment>Where each page&apos;s view is. A page is built the first time it is wanted, so the window opens on Home without loading or building the ten others first.</extracomment>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>When something &amp;heavy comes up…</source>
        <translation>&amp;Cuando surge algo difícil…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Import a question list…</source>
        <translation>&amp;Importar una lista de preguntas…</translation>
    </message>
    <message>
        <source>S&amp;cripts</source>
        <translation>&amp;Guiones</translation>
    </message>
    <message>
        <source>&amp;Archived pairs…</source>
        <translation>Uno a uno a&amp;rchivados…</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Privacidad…</translation>
    </message>
    <message>
        <source>&amp;About Belonging</source>
        <translation>Acerca &amp;de Belonging</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About Belonging</source>
        <translation>Acerca de Belonging</translation>
    </message>
    <message>
        <source>Belonging {version}

Guided one-on-one conversations that go deeper gradually, mutually and safely. Everything you write stays on this computer.</source>
        <translation>Belonging {version}

Conversaciones uno a uno guiadas, que van más a fondo poco a poco, entre los dos y con cuidado. Todo lo que escribes se queda en esta computadora.</translation>
    </message>
</context>
<context>
    <name>MarkdownNoteEditor</name>
    <message>
        <source>Reading view</source>
        <extracomment>Turns Markdown into the HTML the preview shows. The default is Qt&apos;s own reader with raw HTML switched off; a controller may pass the app&apos;s sanitising renderer instead.</extracomment>
        <translation>Vista de lectura</translation>
    </message>
    <message>
        <source>Reading view of {note}</source>
        <translation>Vista de lectura de {note}</translation>
    </message>
    <message>
        <source>Shows the note formatted, as it reads; press again to edit it</source>
        <translation>Muestra la nota con formato, tal como se lee; púlsalo otra vez para editarla</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Continue where you left off</source>
        <translation>Seguir donde lo dejaron</translation>
    </message>
    <message>
        <source>Belonging could not read that conversation just now ({reason}). Nothing is lost: press Continue again in a moment.</source>
        <translation>Belonging no pudo leer esa conversación ahora mismo ({reason}). No se ha perdido nada: pulsa Continuar otra vez dentro de un momento.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
</context>
<context>
    <name>NextConversationCard</name>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversación</translation>
    </message>
    <message>
        <source>Pla&amp;n the next one…</source>
        <translation>&amp;Planificar la próxima…</translation>
    </message>
    <message>
        <source>Add to cal&amp;endar…</source>
        <translation>Añad&amp;ir al calendario…</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Todavía no hay nada planificado.</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
</context>
<context>
    <name>NextConversationDialog</name>
    <message>
        <source>Next conversation</source>
        <extracomment>Day, date and time, never ambiguous: &quot;Thu 14 Mar 2025 10:00&quot;.</extracomment>
        <translation>Próxima conversación</translation>
    </message>
    <message>
        <source>&amp;When do you talk next?</source>
        <translation>¿&amp;Cuándo vuelven a hablar?</translation>
    </message>
    <message>
        <source>&amp;Nothing planned</source>
        <translation>&amp;Nada planificado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planificarla</translation>
    </message>
</context>
<context>
    <name>NextConversationPlanner</name>
    <message>
        <source>One-on-one with {name}</source>
        <translation>Uno a uno con {name}</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}. Open it to add it to your calendar.</source>
        <translation>Archivo de calendario guardado: {path}. Ábrelo para añadirlo a tu calendario.</translation>
    </message>
    <message>
        <source>The calendar file could not be saved ({reason}).</source>
        <translation>No se pudo guardar el archivo de calendario ({reason}).</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Shared: this pro&amp;mpt</source>
        <translation>En común: la pre&amp;gunta</translation>
    </message>
    <message>
        <source>What you want to keep from this prompt. You both see it at the end.</source>
        <translation>Lo que quieren guardar de esta pregunta. Los dos lo verán al final.</translation>
    </message>
    <message>
        <source>Shared: the &amp;conversation</source>
        <translation>En común: la &amp;conversación</translation>
    </message>
    <message>
        <source>Anything about the conversation as a whole.</source>
        <translation>Cualquier cosa sobre la conversación en conjunto.</translation>
    </message>
    <message>
        <source>Pr&amp;ivate: only you</source>
        <translation>Nota p&amp;rivada</translation>
    </message>
    <message>
        <source>Only you see this. It is hidden whenever the screen is shared.</source>
        <translation>Solo la ves tú. Se oculta siempre que la pantalla está compartida.</translation>
    </message>
    <message>
        <source>Your private note is hidden while the screen is shared.</source>
        <translation>Tu nota privada está oculta mientras la pantalla está compartida.</translation>
    </message>
</context>
<context>
    <name>OpeningQuestion</name>
    <message>
        <source>How close do you feel to the other right now?</source>
        <translation>¿Cuánta cercanía sientes ahora mismo con la otra persona?</translation>
    </message>
    <message>
        <source>How deep would you like to go today?</source>
        <translation>¿Hasta dónde te gustaría llegar hoy?</translation>
    </message>
    <message>
        <source>Up to level {depth}: {title}</source>
        <translation>Hasta el nivel {depth}: {title}</translation>
    </message>
    <message>
        <source>You will only go as deep as the lower of your two choices.</source>
        <translation>Solo llegarán hasta el nivel más bajo de los que elijan.</translation>
    </message>
    <message>
        <source>You are set to start at level {depth}, deeper than you have been together before. Is that all right with you?</source>
        <translation>Van a empezar en el nivel {depth}, más a fondo de lo que han llegado juntos hasta ahora. ¿Te parece bien?</translation>
    </message>
    <message>
        <source>Yes, start there</source>
        <translation>Sí, empezar ahí</translation>
    </message>
    <message>
        <source>Not yet — start where we were comfortable</source>
        <translation>Todavía no: empezar donde estábamos a gusto</translation>
    </message>
</context>
<context>
    <name>PairController</name>
    <message>
        <source>Deleted: {text}</source>
        <translation>Borrado: {text}</translation>
    </message>
    <message>
        <source>Let go: {text}</source>
        <translation>Se dejó ir: {text}</translation>
    </message>
    <message>
        <source>Archived {names}: off Home, everything kept (File ▸ Archived pairs).</source>
        <translation>Se archivó el uno a uno de {names}: fuera de Inicio, con todo conservado (Archivo ▸ Uno a uno archivados).</translation>
    </message>
    <message>
        <source>{names} are back on Home.</source>
        <translation>{names} vuelven a estar en Inicio.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Borrar a {name}?</translation>
    </message>
    <message>
        <source>{name} will be deleted from Belonging, with every conversation you had ({count}), every note in them, shared and private, the follow-ups, the talking points and the check-ins.</source>
        <translation>Se borrará a {name} de Belonging, con todas las conversaciones que tuvieron ({count}), todas sus notas, compartidas y privadas, los próximos pasos, los temas para comentar y las respuestas sobre la cercanía.</translation>
    </message>
    <message>
        <source>&amp;Delete {name}</source>
        <translation>&amp;Borrar a {name}</translation>
    </message>
    <message>
        <source>It could not be undone: {reason}</source>
        <translation>No se pudo deshacer: {reason}</translation>
    </message>
    <message>
        <source>Deleted {name}, with every conversation you had.</source>
        <translation>Se borró a {name}, con todas las conversaciones que tuvieron.</translation>
    </message>
    <message>
        <source>{name} was not deleted: {reason}</source>
        <translation>No se borró a {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>PairSettingsPanel</name>
    <message>
        <source>Settings for this pair</source>
        <extracomment>The depth choice&apos;s first entry, &quot;Not known yet&quot;. Topics are short words: four to a row reads as a list without a long scroll.</extracomment>
        <translation>Ajustes de este uno a uno</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Tu nombre</translation>
    </message>
    <message>
        <source>Your r&amp;ole</source>
        <translation>Tu &amp;rol</translation>
    </message>
    <message>
        <source>Their na&amp;me</source>
        <translation>Nombre de la &amp;otra persona</translation>
    </message>
    <message>
        <source>Their ro&amp;le</source>
        <translation>Rol de la otra perso&amp;na</translation>
    </message>
    <message>
        <source>&amp;Comfortable depth</source>
        <translation>Nivel &amp;cómodo</translation>
    </message>
    <message>
        <source>Topics never to offer you two</source>
        <translation>Temas que nunca se les ofrecerán</translation>
    </message>
    <message>
        <source>None of the scripts names topics yet.</source>
        <translation>Ningún guion nombra temas todavía.</translation>
    </message>
    <message>
        <source>Save se&amp;ttings</source>
        <translation>&amp;Guardar ajustes</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>Level {depth}</source>
        <translation>Nivel {depth}</translation>
    </message>
    <message>
        <source>Belonging learns this from your conversations: the deepest level you reached without “too much?”. Either of you can change it.</source>
        <translation>Belonging lo aprende de sus conversaciones: el nivel más profundo al que llegaron sin un «¿Demasiado?». Cualquiera de los dos puede cambiarlo.</translation>
    </message>
    <message>
        <source>Your recent conversations suggest level {depth}. Each conversation starts here and goes no deeper unless you both say so; either of you can change it.</source>
        <translation>Sus últimas conversaciones sugieren el nivel {depth}. Cada conversación empieza aquí y no va más a fondo salvo que los dos lo digan; cualquiera de los dos puede cambiarlo.</translation>
    </message>
    <message>
        <source>Both of you need a name.</source>
        <translation>Los dos necesitan un nombre.</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Start a conversation</source>
        <translation>&amp;Empezar una conversación</translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation>Sus conversaciones</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Próximos pasos abiertos</translation>
    </message>
    <message>
        <source>Parked for a better moment</source>
        <translation>Para un momento mejor</translation>
    </message>
    <message>
        <source>Nothing parked.</source>
        <translation>Nada pendiente para otro día.</translation>
    </message>
    <message>
        <source>How close you have felt</source>
        <translation>La cercanía que han sentido</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nada abierto.</translation>
    </message>
    <message>
        <source>Archived on {date}: not on Home, everything kept.</source>
        <translation>Archivado el {date}: fuera de Inicio, con todo conservado.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>Your notes are protected by a passphrase</source>
        <translation>Tus notas están protegidas con una contraseña</translation>
    </message>
    <message>
        <source>Enter it to open them. A forgotten passphrase cannot be recovered.</source>
        <translation>Escríbela para abrirlas. Una contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>I never set a passphrase</source>
        <translation>Nunca puse una contraseña</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Escribe primero la contraseña.</translation>
    </message>
</context>
<context>
    <name>PastNote</name>
    <message>
        <source>edited {date} at {time}</source>
        <extracomment>How much of a note names its Edit button for a screen reader. The height of that box, in lines of text.</extracomment>
        <translation>editada el {date} a las {time}</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Show the whole note</source>
        <translation>Mostrar la nota entera</translation>
    </message>
    <message>
        <source>The note is long: its beginning is shown, the rest when asked for</source>
        <translation>La nota es larga: se muestra su comienzo y el resto cuando lo pidas</translation>
    </message>
</context>
<context>
    <name>PauseOverlay</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Everything is hidden until you resume. Take the time you need.</source>
        <translation>Todo está oculto hasta que reanuden. Tómense el tiempo que necesiten.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Paused for less than a minute</source>
        <translation>En pausa desde hace menos de un minuto</translation>
    </message>
    <message>
        <source>Paused for {minutes} min</source>
        <translation>En pausa desde hace {minutes} min</translation>
    </message>
    <message>
        <source>Paused for {hours} h {minutes} min</source>
        <translation>En pausa desde hace {hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>PersonAnswers</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>La otra persona</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Never</source>
        <extracomment>The choices offered, in minutes; 0 is &quot;never&quot;.</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After {minutes} minutes</source>
        <translation>A los {minutes} minutos</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <extracomment>Shorter than this is refused: a passphrase guards people&apos;s most personal words.</extracomment>
        <translation>Escribe una contraseña.</translation>
    </message>
    <message>
        <source>Use at least {count} characters; a short sentence is best.</source>
        <translation>Usa al menos {count} caracteres; lo mejor es una frase corta.</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, or it is easy to mistype later.</source>
        <translation>La contraseña empieza o termina con un espacio; quítalo, o será fácil equivocarse después.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Done. Your notes and their backups are encrypted with the passphrase.</source>
        <translation>Listo. Tus notas y sus copias de seguridad están cifradas con la contraseña.</translation>
    </message>
    <message>
        <source>Done. Your notes are no longer protected by a passphrase.</source>
        <translation>Listo. Tus notas ya no están protegidas con una contraseña.</translation>
    </message>
    <message>
        <source>These damaged copies could not be encrypted and are still readable; delete them if you do not need them: {names}</source>
        <translation>Estas copias dañadas no se pudieron cifrar y todavía se pueden leer; bórralas si no las necesitas: {names}</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was changed: {detail}</source>
        <translation>No se cambió nada: {detail}</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Before you choose a passphrase: a forgotten passphrase cannot be recovered, not by you, not by Belonging, not by anyone. If you forget it, your notes and every backup of them are lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Antes de elegir una contraseña: una contraseña olvidada no se puede recuperar, ni tú, ni Belonging, ni nadie. Si la olvidas, tus notas y todas sus copias de seguridad se pierden para siempre. Anótala y guárdala en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Entiendo que una contraseña olvidada no se puede recuperar</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Poner contraseña</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Quitar contraseña</translation>
    </message>
    <message>
        <source>Removing the passphrase decrypts the notes and their backups: anyone who can open your files could then read them.</source>
        <translation>Quitar la contraseña descifra las notas y sus copias de seguridad: cualquiera que pueda abrir tus archivos podría leerlas.</translation>
    </message>
    <message>
        <source>Re-encrypting the notes</source>
        <translation>Volviendo a cifrar las notas</translation>
    </message>
    <message>
        <source>&amp;Lock the window when unused:</source>
        <translation>&amp;Bloquear la ventana si no se usa:</translation>
    </message>
    <message>
        <source>Ctrl+L locks it at once. Locking hides everything on screen.</source>
        <translation>Ctrl+L la bloquea al instante. Bloquear oculta todo lo que hay en la pantalla.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Your notes and their backups are encrypted with a passphrase.</source>
        <translation>Tus notas y sus copias de seguridad están cifradas con una contraseña.</translation>
    </message>
    <message>
        <source>Your notes are not protected by a passphrase.</source>
        <translation>Tus notas no están protegidas con una contraseña.</translation>
    </message>
    <message>
        <source>Re-encrypting your notes and backups…</source>
        <translation>Volviendo a cifrar tus notas y copias de seguridad…</translation>
    </message>
    <message>
        <source>Re-encrypting: {done} of {total} files done</source>
        <translation>Volviendo a cifrar: {done} de {total} archivos</translation>
    </message>
</context>
<context>
    <name>PrivateNotesSwitch</name>
    <message>
        <source>Show your private notes?</source>
        <extracomment>How long private notes stay shown before they hide themselves again.</extracomment>
        <translation>¿Mostrar tus notas privadas?</translation>
    </message>
    <message>
        <source>Your private notes will show on this screen, where the other person may see them. They hide again by themselves in {minutes} minutes.</source>
        <translation>Tus notas privadas se verán en esta pantalla, donde la otra persona podría verlas. Se vuelven a ocultar solas dentro de {minutes} minutos.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Mantenerlas ocultas</translation>
    </message>
    <message>
        <source>Private notes hidden.</source>
        <translation>Notas privadas ocultas.</translation>
    </message>
    <message>
        <source>Private notes showing. They hide again by themselves in {minutes} minutes.</source>
        <translation>Notas privadas a la vista. Se vuelven a ocultar solas dentro de {minutes} minutos.</translation>
    </message>
</context>
<context>
    <name>PrivateRound</name>
    <message>
        <source>&amp;Done — keep it private</source>
        <extracomment>Makes the question for one person (the round shows it in their turn). Whose question is on screen here (None: a hand-over, the wait, or the thanks).</extracomment>
        <translation>Listo, que quede en p&amp;rivado</translation>
    </message>
    <message>
        <source>Thank you both. Your answers are not shown.</source>
        <translation>Gracias a los dos. Sus respuestas no se muestran.</translation>
    </message>
    <message>
        <source>Waiting for {names} to answer on their own screen.</source>
        <translation>Esperando la respuesta de {names} en su propia pantalla.</translation>
    </message>
    <message>
        <source>{name}&apos;s turn</source>
        <translation>Le toca a {name}</translation>
    </message>
    <message>
        <source>{others}, please look away for a moment: {name}&apos;s answer is for {name} alone.</source>
        <translation>{others}, por favor, aparta la vista un momento: la respuesta de {name} es solo para {name}.</translation>
    </message>
    <message>
        <source>Your answer is yours alone.</source>
        <translation>Tu respuesta es solo tuya.</translation>
    </message>
    <message>
        <source>I&apos;m {name} — show my &amp;question</source>
        <translation>Soy {name}: &amp;mostrar mi pregunta</translation>
    </message>
    <message>
        <source>Only you, {name}, can see this. It is hidden as soon as you are done.</source>
        <translation>Solo tú, {name}, puedes ver esto. Se oculta en cuanto termines.</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Something lighter</source>
        <translation>Algo más ligero</translation>
    </message>
    <message>
        <source>More at this depth, from “{title}”</source>
        <translation>Más en este nivel, de «{title}»</translation>
    </message>
</context>
<context>
    <name>PutAwayCard</name>
    <message>
        <source>Archive or delete</source>
        <translation>Archivar o borrar</translation>
    </message>
    <message>
        <source>Archiving takes the pair off Home and set-up and keeps everything; File ▸ Archived pairs brings it back. Deleting removes the person and every conversation with them, for good (you can undo it for a few seconds).</source>
        <translation>Al archivar, el uno a uno deja de aparecer en Inicio y en la preparación, y se conserva todo; Archivo ▸ Uno a uno archivados lo recupera. Al borrar, se quitan la persona y todas las conversaciones con ella, para siempre (puedes deshacerlo durante unos segundos).</translation>
    </message>
    <message>
        <source>Arch&amp;ive this pair</source>
        <translation>Arc&amp;hivar este uno a uno</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>&amp;Delete {name}…</source>
        <translation>&amp;Borrar a {name}…</translation>
    </message>
    <message>
        <source>Bring bac&amp;k to Home</source>
        <translation>Rec&amp;uperar en Inicio</translation>
    </message>
</context>
<context>
    <name>ReadBackList</name>
    <message>
        <source>No shared notes to read back.</source>
        <translation>No hay notas compartidas para releer.</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>Tachar</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
</context>
<context>
    <name>RecentParkedCard</name>
    <message>
        <source>Par&amp;ked recently, with any script</source>
        <extracomment>Rows shown before the list scrolls.</extracomment>
        <translation>&amp;Dejadas para otro día hace poco, con cualquier guion</translation>
    </message>
    <message>
        <source>Choose one to use its script; you can take it up on the next page.</source>
        <translation>Elige una para usar su guion; podrán retomarla en la página siguiente.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>the database is busy</source>
        <translation>la base de datos está ocupada</translation>
    </message>
    <message>
        <source>the file of your notes is damaged</source>
        <translation>el archivo de tus notas está dañado</translation>
    </message>
    <message>
        <source>the disk did not answer</source>
        <translation>el disco no respondió</translation>
    </message>
</context>
<context>
    <name>SaveStatusLabel</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} — kept on screen, retrying</source>
        <translation>Sin guardar todavía: {reason}. Sigue en la pantalla; se vuelve a intentar</translation>
    </message>
    <message>
        <source>the disk did not answer</source>
        <translation>el disco no respondió</translation>
    </message>
</context>
<context>
    <name>ScriptReader</name>
    <message>
        <source>Level {depth}: {title}</source>
        <translation>Nivel {depth}: {title}</translation>
    </message>
    <message>
        <source>(about {minutes} min)</source>
        <translation>(unos {minutes} min)</translation>
    </message>
    <message>
        <source>Asked by the leader; the other answers.</source>
        <translation>La hace quien guía; la otra persona responde.</translation>
    </message>
    <message>
        <source>Asked by the partner; the leader answers.</source>
        <translation>La hace la otra persona; responde quien guía.</translation>
    </message>
    <message>
        <source>Lighter:</source>
        <translation>Más ligera:</translation>
    </message>
    <message>
        <source>Follow-up idea:</source>
        <translation>Idea para seguir:</translation>
    </message>
    <message>
        <source>To close:</source>
        <translation>Para cerrar:</translation>
    </message>
</context>
<context>
    <name>ScriptsController</name>
    <message>
        <source>Rename a script</source>
        <extracomment>How long Undo stays offered after a removal.</extracomment>
        <translation>Renombrar un guion</translation>
    </message>
    <message>
        <source>New &amp;title for “{title}”:</source>
        <translation>Nuevo &amp;título para «{title}»:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>A script needs a title; it was not renamed.</source>
        <translation>Un guion necesita un título; no se renombró.</translation>
    </message>
    <message>
        <source>Remove a script</source>
        <translation>Eliminar un guion</translation>
    </message>
    <message>
        <source>Remove “{title}”? Its file is deleted from your scripts folder. Past conversations with it keep everything that was said.</source>
        <translation>¿Eliminar «{title}»? Su archivo se borra de tu carpeta de guiones. Las conversaciones que ya se tuvieron con él conservan todo lo que se dijo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Only your own scripts can be renamed or removed.</source>
        <translation>Solo se pueden renombrar o eliminar tus propios guiones.</translation>
    </message>
    <message>
        <source>Another file now has this script&apos;s name in your scripts folder, so it was not put back: {path}</source>
        <translation>Ahora hay otro archivo con el nombre de este guion en tu carpeta de guiones, así que no se recuperó: {path}</translation>
    </message>
    <message>
        <source>The script file could not be changed: {reason}.</source>
        <translation>No se pudo cambiar el archivo del guion: {reason}.</translation>
    </message>
    <message>
        <source>This could not be done just now ({reason}).</source>
        <translation>No se pudo hacer en este momento ({reason}).</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
</context>
<context>
    <name>ScriptsView</name>
    <message>
        <source>Conversation scripts</source>
        <translation>Guiones de conversación</translation>
    </message>
    <message>
        <source>The scripts that come with Belonging, and your own. Your own are Markdown files in a folder of their own: import a question list, or put a script file there.</source>
        <translation>Los guiones que vienen con Belonging, y los tuyos. Los tuyos son archivos Markdown en una carpeta propia: importa una lista de preguntas o pon ahí un archivo de guion.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Open your scripts folder</source>
        <translation>&amp;Abrir tu carpeta de guiones</translation>
    </message>
    <message>
        <source>&amp;Import a question list…</source>
        <translation>&amp;Importar una lista de preguntas…</translation>
    </message>
    <message>
        <source>Comes with Belonging</source>
        <translation>Viene con Belonging</translation>
    </message>
    <message>
        <source>Your scripts folder: {file}</source>
        <translation>Tu carpeta de guiones: {file}</translation>
    </message>
    <message>
        <source>“{title}” was removed.</source>
        <translation>Se eliminó «{title}».</translation>
    </message>
    <message>
        <source>“{title}” was removed. Undo is the next button.</source>
        <translation>Se eliminó «{title}». El siguiente botón es Deshacer.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Scripts that come with Belonging cannot be renamed or removed; your own can.</source>
        <translation>Los guiones que vienen con Belonging no se pueden renombrar ni eliminar; los tuyos, sí.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>{partner} (with {owner})</source>
        <translation>{partner} (con {owner})</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <extracomment>Milliseconds of quiet after the last key before a search is asked for.</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search &amp;notes and prompts</source>
        <translation>Buscar en &amp;notas y preguntas</translation>
    </message>
    <message>
        <source>Words from any note or prompt</source>
        <translation>Palabras de cualquier nota o pregunta</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Private notes are left out while the screen is shared.</source>
        <translation>Las notas privadas quedan fuera mientras la pantalla está compartida.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>No se encontró nada para «{query}».</translation>
    </message>
    <message>
        <source>{found} in {conversations}.</source>
        <translation>{found} en {conversations}.</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not work just now ({reason}).</source>
        <translation>La búsqueda no funcionó ahora mismo ({reason}).</translation>
    </message>
    <message>
        <source>Type a word or two; results appear as you type.</source>
        <translation>Escribe una o dos palabras; los resultados aparecen mientras escribes.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{where}, confidential</source>
        <translation>{where}, confidencial</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the conversation at: {text}</source>
        <translation>Abrir la conversación en: {text}</translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>New to the two of you.</source>
        <translation>Nuevo para ustedes dos.</translation>
    </message>
    <message numerus="yes">
        <source>Done %n time(s), last on {date}.</source>
        <translation>
            <numerusform>Lo usaron %n vez; la última, el {date}.</numerusform>
            <numerusform>Lo usaron %n veces; la última, el {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last time you were both comfortable at level {depth}.</source>
        <translation>La última vez, los dos estuvieron a gusto en el nivel {depth}.</translation>
    </message>
    <message>
        <source>Belonging could not save this just now ({reason}). Nothing you chose is lost: press Continue again in a moment.</source>
        <translation>Belonging no pudo guardar esto ahora mismo ({reason}). No se ha perdido nada de lo que elegiste: pulsa Continuar otra vez dentro de un momento.</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Preparación</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Set up your conversation</source>
        <translation>Preparen su conversación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Vo&amp;lver</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Who is talking?</source>
        <translation>¿Quiénes van a hablar?</translation>
    </message>
    <message>
        <source>A &amp;pair you have talked with before</source>
        <translation>&amp;Personas que ya han hablado antes</translation>
    </message>
    <message>
        <source>Two &amp;new people</source>
        <translation>Dos personas &amp;nuevas</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Persona del equipo</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>Tu &amp;rol</translation>
    </message>
    <message>
        <source>&amp;Their name</source>
        <translation>Nombre de la &amp;otra persona</translation>
    </message>
    <message>
        <source>Their r&amp;ole</source>
        <translation>Rol de la otra p&amp;ersona</translation>
    </message>
    <message>
        <source>Which &amp;script?</source>
        <translation>¿Qué &amp;guion?</translation>
    </message>
    <message>
        <source>How long?</source>
        <translation>¿Cuánto tiempo?</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>Start at &amp;level</source>
        <translation>Nivel de &amp;inicio</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation>La otra persona</translation>
    </message>
    <message>
        <source>{depth}. {title}</source>
        <translation>{depth}. {title}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <extracomment>The translation context of the table&apos;s strings (pyside6-lupdate reads the literal).</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>During a conversation</source>
        <translation>Durante una conversación</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>From the ground rules to the wrap-up</source>
        <translation>Desde «Antes de empezar» hasta el cierre</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>The whole table, in the order the Help page lists it.</extracomment>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>V&amp;olver</translation>
    </message>
    <message>
        <source>Back to the prompt before, its notes as you left them</source>
        <translation>Volver a la pregunta anterior, con sus notas tal como las dejaron</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause, or resume after a pause</source>
        <translation>Hacer una pausa, o reanudar después de una pausa</translation>
    </message>
    <message>
        <source>&amp;Too much?</source>
        <translation>¿&amp;Demasiado?</translation>
    </message>
    <message>
        <source>Too much? Step back to something lighter</source>
        <translation>¿Demasiado? Dar un paso atrás hacia algo más ligero</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Sa&amp;ltar</translation>
    </message>
    <message>
        <source>Skip this prompt</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Par&amp;k it</source>
        <translation>Para o&amp;tro día</translation>
    </message>
    <message>
        <source>Park this prompt for another time</source>
        <translation>Dejar esta pregunta para otro día</translation>
    </message>
    <message>
        <source>&amp;Wrap up</source>
        <translation>Ir al ci&amp;erre</translation>
    </message>
    <message>
        <source>Wrap up the conversation</source>
        <translation>Ir al cierre de la conversación</translation>
    </message>
    <message>
        <source>Ready to go &amp;deeper?</source>
        <translation>¿Ir más a &amp;fondo?</translation>
    </message>
    <message>
        <source>Say you are both ready to go deeper: each of you answers privately</source>
        <translation>Decir que los dos quieren ir más a fondo: cada uno responde en privado</translation>
    </message>
    <message>
        <source>M&amp;ore to ask</source>
        <translation>&amp;Más para preguntar</translation>
    </message>
    <message>
        <source>Show or hide more questions to ask about this prompt</source>
        <translation>Mostrar u ocultar más cosas que preguntar a partir de esta pregunta</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Larger text, for a shared screen or a call</source>
        <translation>Texto más grande, para una pantalla compartida o una llamada</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Back to the normal text size</source>
        <translation>Volver al tamaño de texto normal</translation>
    </message>
    <message>
        <source>Show my &amp;private notes</source>
        <translation>Mostrar mis notas &amp;privadas</translation>
    </message>
    <message>
        <source>Show your private notes for a few minutes, or hide them again (they are hidden whenever a conversation starts)</source>
        <translation>Mostrar tus notas privadas unos minutos, u ocultarlas otra vez (se ocultan siempre que empieza una conversación)</translation>
    </message>
    <message>
        <source>Pr&amp;esentation mode</source>
        <translation>Modo pr&amp;esentación</translation>
    </message>
    <message>
        <source>During a conversation, the prompt alone in large type for a shared screen, notes folded away; again to bring them back</source>
        <translation>Durante una conversación, solo la pregunta en letra grande para una pantalla compartida, con las notas plegadas; otra vez para recuperarlas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo a deletion, an archive, a park or a skip while its bar shows (in a note it undoes typing; Alt and the underlined letter works there too)</source>
        <translation>Deshacer un borrado, un archivado, un «para otro día» o un salto mientras se ve su barra (en una nota deshace lo escrito; ahí también funcionan Alt y la letra subrayada)</translation>
    </message>
    <message>
        <source>&amp;Join on your own screen…</source>
        <translation>&amp;Unirte desde tu propia pantalla…</translation>
    </message>
    <message>
        <source>The partner holds Pause, Too much?, their secret yes and their own notes on their own phone or laptop</source>
        <translation>La otra persona tiene Pausa, ¿Demasiado?, su sí secreto y sus propias notas en su propio teléfono o computadora portátil</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atajos de teclado</translation>
    </message>
    <message>
        <source>When something heav&amp;y comes up</source>
        <translation>Cuando s&amp;urge algo difícil</translation>
    </message>
    <message>
        <source>A calm card for the listener when something heavy comes up: what helps, what not to say, where to find support (the conversation goes on as it was)</source>
        <translation>Una tarjeta serena para quien escucha cuando surge algo difícil: qué ayuda, qué mejor no decir, dónde encontrar apoyo (la conversación sigue tal como estaba)</translation>
    </message>
    <message>
        <source>&amp;Search notes and prompts…</source>
        <translation>&amp;Buscar en notas y preguntas…</translation>
    </message>
    <message>
        <source>Search every note and prompt (not during a conversation)</source>
        <translation>Buscar en todas las notas y preguntas (no durante una conversación)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>Lock: hide everything on screen until unlocked</source>
        <translation>Bloquear: ocultar todo lo que hay en la pantalla hasta desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Belonging (nothing written is lost)</source>
        <translation>Salir de Belonging (no se pierde nada de lo escrito)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Belonging is already open with this data folder ({folder}). Switch to the window that is open, or close it and try again. Two copies writing the same notes could overwrite each other, so this one has not opened them.</source>
        <translation>Belonging ya está abierto con esta carpeta de datos ({folder}). Ve a la ventana que ya está abierta, o ciérrala y vuelve a intentarlo. Dos copias escribiendo las mismas notas podrían borrarse el trabajo la una a la otra, así que esta no las ha abierto.</translation>
    </message>
    <message>
        <source>Belonging could not open its data folder, {folder}. Nothing has been changed or deleted. ({gist})</source>
        <translation>Belonging no pudo abrir su carpeta de datos, {folder}. No se ha cambiado ni borrado nada. ({gist})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is not a database Belonging can read.</source>
        <translation>El archivo donde Belonging guarda tus notas, {path}, no es una base de datos que Belonging pueda leer.</translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is empty.</source>
        <translation>El archivo donde Belonging guarda tus notas, {path}, está vacío.</translation>
    </message>
    <message>
        <source>The file where Belonging keeps your notes, {path}, is damaged.</source>
        <translation>El archivo donde Belonging guarda tus notas, {path}, está dañado.</translation>
    </message>
    <message>
        <source>Nothing has been deleted: the file will be kept exactly as it is, under the name {name} in the same folder.</source>
        <translation>No se ha borrado nada: el archivo se guardará tal como está, con el nombre {name}, en la misma carpeta.</translation>
    </message>
    <message>
        <source>The newest good backup is {path}. You can restore it, or start again with no notes.</source>
        <translation>La copia de seguridad buena más reciente es {path}. Puedes recuperarla o empezar de nuevo sin notas.</translation>
    </message>
    <message>
        <source>There is no good backup to restore; you can start again with no notes.</source>
        <translation>No hay ninguna copia de seguridad buena que recuperar; puedes empezar de nuevo sin notas.</translation>
    </message>
    <message>
        <source>Your notes file cannot be read</source>
        <translation>No se puede leer el archivo de tus notas</translation>
    </message>
    <message>
        <source>The words of the conversation on screen are kept: whatever you choose, they are shown next, for you to copy.</source>
        <translation>Las palabras de la conversación que hay en pantalla se conservan: elijas lo que elijas, se muestran a continuación para que las copies.</translation>
    </message>
    <message>
        <source>Restore the backup of {date}</source>
        <translation>Recuperar la copia del {date}</translation>
    </message>
    <message>
        <source>Start with no notes</source>
        <translation>Empezar sin notas</translation>
    </message>
    <message>
        <source>Your notes are back as they were in the backup of {date}.</source>
        <translation>Tus notas vuelven a estar como en la copia de seguridad del {date}.</translation>
    </message>
    <message>
        <source>Belonging has started with an empty database.</source>
        <translation>Belonging ha empezado con una base de datos vacía.</translation>
    </message>
    <message>
        <source>The damaged file is kept, untouched, as {path}.</source>
        <translation>El archivo dañado se conserva, intacto, como {path}.</translation>
    </message>
    <message>
        <source>Belonging stopped unexpectedly last time, and its record of the last changes was damaged, so the last words typed before it stopped may be missing. That record is kept, untouched, as {path}.</source>
        <translation>La última vez Belonging se cerró de forma inesperada y su registro de los últimos cambios se dañó, así que pueden faltar las últimas palabras que se escribieron antes. Ese registro se conserva, intacto, como {path}.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and every backup open with the new passphrase.</source>
        <translation>La última vez se interrumpió el cambio de contraseña justo antes de terminar. Belonging lo ha terminado: tus notas y todas las copias de seguridad se abren con la contraseña nueva.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes and every backup still open with the passphrase you had before.</source>
        <translation>La última vez se interrumpió el cambio de contraseña antes de que pudiera terminar, así que Belonging lo ha deshecho: tus notas y todas las copias de seguridad se siguen abriendo con la contraseña que tenías antes.</translation>
    </message>
    <message>
        <source>Setting a passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and every backup are protected by the new passphrase.</source>
        <translation>La última vez se interrumpió la creación de la contraseña justo antes de terminar. Belonging la ha terminado: tus notas y todas las copias de seguridad están protegidas con la contraseña nueva.</translation>
    </message>
    <message>
        <source>Setting a passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes are not protected by a passphrase. You can set one again in File ▸ Privacy.</source>
        <translation>La última vez se interrumpió la creación de la contraseña antes de que pudiera terminar, así que Belonging la ha deshecho: tus notas no están protegidas con una contraseña. Puedes volver a ponerla en Archivo ▸ Privacidad.</translation>
    </message>
    <message>
        <source>Removing the passphrase was interrupted last time, just before it ended. Belonging has finished it: your notes and backups are no longer protected by a passphrase.</source>
        <translation>La última vez se interrumpió la eliminación de la contraseña justo antes de terminar. Belonging la ha terminado: tus notas y copias de seguridad ya no están protegidas con una contraseña.</translation>
    </message>
    <message>
        <source>Removing the passphrase was interrupted last time, before it could finish, so Belonging has undone it: your notes and every backup are still protected by your passphrase.</source>
        <translation>La última vez se interrumpió la eliminación de la contraseña antes de que pudiera terminar, así que Belonging la ha deshecho: tus notas y todas las copias de seguridad siguen protegidas con tu contraseña.</translation>
    </message>
    <message>
        <source>Some of what you wrote is not saved yet: {reason}. It is still here in the window. If you stay, Belonging keeps trying to save it; if you quit now, it will be lost.</source>
        <translation>Parte de lo que escribiste todavía no está guardado: {reason}. Sigue aquí, en la ventana. Si te quedas, Belonging seguirá intentando guardarlo; si sales ahora, se perderá.</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>No cerrar</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
</context>
<context>
    <name>StartupUnlock</name>
    <message>
        <source>That passphrase does not open the notes. Check it (and Caps Lock, and the keyboard layout) and try again.</source>
        <extracomment>Opens the data folder: `open_job(passphrase, never_set)`; what it returns goes to `on_opened`.</extracomment>
        <translation>Esa contraseña no abre las notas. Revísala (y también Bloq Mayús y la distribución del teclado) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>StepBackPanel</name>
    <message>
        <source>Thank you for saying so.</source>
        <translation>Gracias por decirlo.</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <source>Let&apos;s step back to something lighter. Take a breath; go on when you are ready.</source>
        <translation>Demos un paso atrás hacia algo más ligero. Respiren; sigan cuando quieran.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>You went as deep as level {depth} of {count}.</source>
        <translation>Llegaron hasta el nivel {depth} de {count}.</translation>
    </message>
    <message>
        <source>answered {n}</source>
        <translation>respondidas {n}</translation>
    </message>
    <message>
        <source>skipped {n}</source>
        <translation>saltadas {n}</translation>
    </message>
    <message>
        <source>parked {n}</source>
        <translation>para otro día {n}</translation>
    </message>
    <message>
        <source>Prompts: {counts}.</source>
        <translation>Preguntas: {counts}.</translation>
    </message>
    <message>
        <source>Talked for {talking}.</source>
        <translation>Hablaron {talking}.</translation>
    </message>
    <message>
        <source>Talked for {talking}, paused for {paused}.</source>
        <translation>Hablaron {talking}, con pausas de {paused}.</translation>
    </message>
</context>
<context>
    <name>SupportController</name>
    <message>
        <source>When something heavy comes up</source>
        <translation>Cuando surge algo difícil</translation>
    </message>
    <message>
        <source>Belonging could not open the card just now ({reason}). Listening is the help: thank them, and ask what would help.</source>
        <translation>Belonging no pudo abrir la tarjeta en este momento ({reason}). Escuchar ya es ayudar: da las gracias y pregunta qué ayudaría.</translation>
    </message>
</context>
<context>
    <name>SupportSettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Enough for a few contacts and a sentence each; a card is read in a minute.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Where to find support</source>
        <translation>Dónde encontrar apoyo</translation>
    </message>
    <message>
        <source>Shown at the end of the card &quot;When something heavy comes up&quot;, for whoever is listening. Write what your organisation offers and how to reach it: an employee assistance programme, an HR contact, a wellbeing team. A list with - at the start of each line works.</source>
        <translation>Se muestra al final de la tarjeta «Cuando surge algo difícil», para quien esté escuchando. Escribe lo que ofrece tu organización y cómo contactar: un programa de asistencia al empleado, un contacto de Recursos Humanos, un equipo de bienestar. Sirve una lista con un - al principio de cada línea.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s &amp;support</source>
        <translation>&amp;Apoyo que ofrece tu organización</translation>
    </message>
    <message>
        <source>- Employee assistance programme: phone number, hours
- HR: name, email</source>
        <translation>- Programa de asistencia al empleado: teléfono, horario
- Recursos Humanos: nombre, correo electrónico</translation>
    </message>
    <message>
        <source>{count} of {limit} characters: shorten it a little.</source>
        <translation>{count} de {limit} caracteres: acórtalo un poco.</translation>
    </message>
</context>
<context>
    <name>TalkingPointsCard</name>
    <message>
        <source>To bring up next time</source>
        <translation>Para comentar la próxima vez</translation>
    </message>
    <message>
        <source>For example: the conference in May</source>
        <translation>Por ejemplo: el congreso de mayo</translation>
    </message>
    <message>
        <source>Bring u&amp;p</source>
        <translation>&amp;Sacar un tema</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>De &amp;quién</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Both of you</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>Nothing yet. Either of you can add a topic here.</source>
        <translation>Todavía nada. Cualquiera de los dos puede añadir aquí un tema.</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Dejar ir</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>belonging</source>
        <extracomment>Every tag the built-in scripts use (a test keeps the list complete).</extracomment>
        <translation>pertenencia</translation>
    </message>
    <message>
        <source>career</source>
        <translation>carrera</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambios</translation>
    </message>
    <message>
        <source>childhood</source>
        <translation>infancia</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflictos</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fracasos</translation>
    </message>
    <message>
        <source>faith</source>
        <translation>fe</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>fear</source>
        <translation>miedos</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>opiniones sobre el trabajo</translation>
    </message>
    <message>
        <source>health</source>
        <translation>salud</translation>
    </message>
    <message>
        <source>home</source>
        <translation>hogar</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdidas</translation>
    </message>
    <message>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>pride</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>reconocimiento</translation>
    </message>
    <message>
        <source>relationships</source>
        <translation>relaciones</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>To undo, press {keys}.</source>
        <extracomment>Where the keyboard was before it came to the bar (Alt+U moves it to Undo), to give it back when the bar goes.</extracomment>
        <translation>Para deshacer, pulsa {keys}.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>Belonging (locked)</source>
        <translation>Belonging (bloqueado)</translation>
    </message>
    <message>
        <source>Type the passphrase to unlock.</source>
        <translation>Escribe la contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Try again.</source>
        <translation>Esa no es la contraseña. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The passphrase could not be checked: {error}</source>
        <translation>No se pudo comprobar la contraseña: {error}</translation>
    </message>
</context>
<context>
    <name>WrapUpController</name>
    <message>
        <source>About the whole conversation</source>
        <translation>Sobre toda la conversación</translation>
    </message>
</context>
<context>
    <name>WrapUpView</name>
    <message>
        <source>Wrapping up</source>
        <translation>El cierre</translation>
    </message>
    <message>
        <source>One last question</source>
        <translation>Una última pregunta</translation>
    </message>
    <message>
        <source>What you wrote together</source>
        <translation>Lo que escribieron juntos</translation>
    </message>
    <message>
        <source>Read it back together. Either of you can strike a line, and it will not be kept; or mark it confidential, and it stays out of every export.</source>
        <translation>Reléanlo juntos. Cualquiera de los dos puede tachar una línea, y no se guardará; o marcarla como confidencial, y quedará fuera de cualquier exportación.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>How close do you feel now?</source>
        <translation>¿Cuánta cercanía sienten ahora?</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>A few words to remember this conversation by.</source>
        <translation>Unas palabras para recordar esta conversación.</translation>
    </message>
    <message>
        <source>&amp;Back to the prompts</source>
        <translation>Vo&amp;lver a las preguntas</translation>
    </message>
    <message>
        <source>&amp;Save and finish</source>
        <translation>&amp;Guardar y terminar</translation>
    </message>
    <message>
        <source>Each of you, in private, if you like. Nothing of {partner}&apos;s check-ins is kept unless {partner} says so.</source>
        <translation>Cada uno, en privado, si quieren. No se guarda nada de las respuestas de {partner} salvo que {partner} lo diga.</translation>
    </message>
</context>
</TS>
