<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>app</name>
        <message>
            <source>{app} cannot start.

{problem}</source>
            <translation>{app} no puede iniciarse.

{problem}</translation>
        </message>
        <message>
            <source>Another copy is using {folder} and did not answer. Close it and try again.</source>
            <translation>Otra copia de la aplicación está usando {folder} y no responde. Ciérrela y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>There is no exercise of your own with the id '{id}'.</source>
            <translation>No hay ningún ejercicio propio con el identificador “{id}”.</translation>
        </message>
        <message>
            <source>History is off: {problem} The timer works as usual.</source>
            <translation>El historial está desactivado: {problem} El temporizador funciona con normalidad.</translation>
        </message>
        <message>
            <source>{problem} The exercises of the article are all there.</source>
            <translation>{problem} Todos los ejercicios del artículo están disponibles.</translation>
        </message>
    </context>
    <context>
        <name>core.cues</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <comment>spoken</comment>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <comment>spoken</comment>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Hold for {duration}.</source>
            <comment>spoken: '30 seconds', '2 minutes'</comment>
            <translation>Mantenga {duration}.</translation>
        </message>
        <message numerus="yes">
            <source>%n with each foot leading, taking turns.</source>
            <comment>spoken: step-ups</comment>
            <translation>
                <numerusform>%n con cada pie delante, por turnos.</numerusform>
                <numerusform>%n con cada pie delante, por turnos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stretches, holding each for {duration}.</source>
            <comment>spoken</comment>
            <translation>
                <numerusform>%n estiramiento, mantenido {duration}.</numerusform>
                <numerusform>%n estiramientos, manteniendo cada uno {duration}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reps.</source>
            <comment>spoken</comment>
            <translation>
                <numerusform>%n repetición.</numerusform>
                <numerusform>%n repeticiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done. Well done.</source>
            <comment>spoken</comment>
            <translation>Terminado. ¡Muy bien!</translation>
        </message>
        <message>
            <source>Get ready. {set}</source>
            <comment>spoken; the set: 'Right leg. Set 1 of 3. Hold for 30 seconds.'</comment>
            <translation>Prepárese. {set}</translation>
        </message>
        <message>
            <source>Rest. {duration}.</source>
            <comment>spoken: '30 seconds', '2 minutes'</comment>
            <translation>Descanso. {duration}.</translation>
        </message>
        <message>
            <source>Switch sides. {side} next.</source>
            <comment>spoken; the side: 'Right leg'</comment>
            <translation>Cambie de lado. A continuación, {side}.</translation>
        </message>
        <message>
            <source>Change to {movement}.</source>
            <comment>spoken; a movement's name, in lower case</comment>
            <translation>Cambie a {movement}.</translation>
        </message>
        <message>
            <source>{set} Press Enter after each one.</source>
            <comment>spoken; the set: 'Right leg. Set 1 of 3. 10 reps.'</comment>
            <translation>{set} Pulse Intro después de cada una.</translation>
        </message>
        <message>
            <source>Right foot.</source>
            <comment>spoken: it leads this step-up</comment>
            <translation>Pie derecho.</translation>
        </message>
        <message>
            <source>Left foot.</source>
            <comment>spoken: it leads this step-up</comment>
            <translation>Pie izquierdo.</translation>
        </message>
        <message>
            <source>Hold.</source>
            <comment>spoken: hold still at the end of the rep</comment>
            <translation>Mantenga.</translation>
        </message>
        <message>
            <source>Release.</source>
            <comment>spoken: let go of the held stretch</comment>
            <translation>Suelte.</translation>
        </message>
    </context>
    <context>
        <name>core.exercises</name>
        <message>
            <source>each leg</source>
            <translation>cada pierna</translation>
        </message>
        <message>
            <source>alternating legs</source>
            <translation>alternando las piernas</translation>
        </message>
        <message>
            <source>both feet together</source>
            <translation>ambos pies a la vez</translation>
        </message>
        <message>
            <source>affected side</source>
            <translation>lado afectado</translation>
        </message>
        <message>
            <source>the pad under the other foot each set</source>
            <translation>el cojín bajo el otro pie en cada serie</translation>
        </message>
        <message>
            <source>up to {most}</source>
            <comment>a dose figure: up to 10 (reps or seconds)</comment>
            <translation>hasta {most}</translation>
        </message>
        <message>
            <source>Hold {hold} s</source>
            <translation>Mantenga {hold} s</translation>
        </message>
        <message>
            <source>Hold {hold} s, {reps} times each side</source>
            <translation>Mantenga {hold} s, {reps} veces por lado</translation>
        </message>
        <message>
            <source>Hold {hold} s, {reps} times</source>
            <translation>Mantenga {hold} s, {reps} veces</translation>
        </message>
        <message>
            <source>{reps} reps each side</source>
            <translation>{reps} repeticiones por lado</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} repeticiones</translation>
        </message>
        <message>
            <source>{reps} reps each side · hold {hold} s</source>
            <translation>{reps} repeticiones por lado · mantenga {hold} s</translation>
        </message>
        <message>
            <source>{reps} reps · hold {hold} s</source>
            <translation>{reps} repeticiones · mantenga {hold} s</translation>
        </message>
        <message>
            <source>{earlier}, then {next}</source>
            <comment>movement names in order: inversion, then eversion</comment>
            <translation>{earlier} y después {next}</translation>
        </message>
        <message>
            <source>{movements}: {dose}</source>
            <translation>{movements}: {dose}</translation>
        </message>
        <message>
            <source>{sets} sets in all each</source>
            <translation>{sets} series en total de cada uno</translation>
        </message>
        <message>
            <source>{sets} sets each</source>
            <translation>{sets} series de cada uno</translation>
        </message>
        <message>
            <source>{sets} sets in all</source>
            <translation>{sets} series en total</translation>
        </message>
        <message>
            <source>{sets} sets</source>
            <translation>{sets} series</translation>
        </message>
        <message>
            <source>“{title}” by {author}, {date}</source>
            <comment>the source article: its title, author and date</comment>
            <translation>“{title}”, de {author}, {date}</translation>
        </message>
        <message>
            <source>Resistance band</source>
            <translation>Banda elástica</translation>
        </message>
        <message>
            <source>Stretch strap</source>
            <translation>Cinta de estiramiento</translation>
        </message>
        <message>
            <source>Step or stool</source>
            <translation>Escalón o taburete</translation>
        </message>
        <message>
            <source>Foam pad or balance disc</source>
            <translation>Cojín de espuma o disco de equilibrio</translation>
        </message>
        <message>
            <source>Hand weights</source>
            <translation>Pesas de mano</translation>
        </message>
    </context>
    <context>
        <name>core.figure_data</name>
        <message>
            <source>left</source>
            <comment>a figure's sentence: the left leg, hand or calf</comment>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <comment>a figure's sentence: the right leg, hand or calf</comment>
            <translation>derecha</translation>
        </message>
        <message>
            <source>working</source>
            <comment>a figure's sentence: the working leg</comment>
            <translation>que trabaja</translation>
        </message>
        <message>
            <source>other</source>
            <comment>a figure's sentence: the other leg, after the noun</comment>
            <translation>contraria</translation>
        </message>
    </context>
    <context>
        <name>core.library</name>
        <message>
            <source>exercise '{id}'</source>
            <translation>ejercicio '{id}'</translation>
        </message>
        <message>
            <source>field '{field}'</source>
            <comment>a field of the library file</comment>
            <translation>campo '{field}'</translation>
        </message>
        <message>
            <source>is not UTF-8 text ({reason} at byte {byte})</source>
            <translation>no es texto UTF-8 ({reason} en el byte {byte})</translation>
        </message>
        <message>
            <source>is not valid TOML: {error}</source>
            <translation>no es TOML válido: {error}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>{kind} or {other}</source>
            <comment>two kinds of value: str or int</comment>
            <translation>{kind} o {other}</translation>
        </message>
        <message>
            <source>must be an {kind}, not {found} {value}</source>
            <translation>debe ser de tipo {kind}, no {found} {value}</translation>
        </message>
        <message>
            <source>must be a {kind}, not {found} {value}</source>
            <translation>debe ser de tipo {kind}, no {found} {value}</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <source>must be non-empty text</source>
            <translation>debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>must list at least one item</source>
            <translation>debe incluir al menos un elemento</translation>
        </message>
        <message>
            <source>must be 'anterior' or 'posterior', not '{tag}'</source>
            <translation>debe ser 'anterior' o 'posterior', no '{tag}'</translation>
        </message>
        <message>
            <source>must be non-empty text or a table with 'text'</source>
            <translation>debe ser un texto no vacío o una tabla con 'text'</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>debe ser una tabla</translation>
        </message>
        <message>
            <source>repeats group id '{id}'</source>
            <translation>repite el id de grupo '{id}'</translation>
        </message>
        <message>
            <source>must be a lower-case id like 'sumo-squat', not {value}</source>
            <translation>debe ser un id en minúsculas como 'sumo-squat', no {value}</translation>
        </message>
        <message>
            <source>repeats exercise id '{id}'</source>
            <translation>repite el id de ejercicio '{id}'</translation>
        </message>
        <message>
            <source>must not start with '{prefix}' (kept for your own exercises)</source>
            <translation>no puede empezar por '{prefix}' (reservado para sus ejercicios propios)</translation>
        </message>
        <message>
            <source>must list at least one exercise</source>
            <translation>debe incluir al menos un ejercicio</translation>
        </message>
        <message>
            <source>must be a date like 2021-03-01, not {value}</source>
            <translation>debe ser una fecha como 2021-03-01, no {value}</translation>
        </message>
        <message>
            <source>names unknown group '{group}' (known: {known})</source>
            <translation>nombra un grupo desconocido, '{group}' (conocidos: {known})</translation>
        </message>
        <message>
            <source>must be a table with 'text'</source>
            <translation>debe ser una tabla con 'text'</translation>
        </message>
        <message>
            <source>unknown equipment tag '{tag}' (known: {known})</source>
            <translation>etiqueta de material desconocida, '{tag}' (conocidas: {known})</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be a figure like 10, "10-15", "30+" or "up to 10", not {value}</source>
            <translation>debe ser una cifra como 10, "10-15", "30+" o "up to 10", no {value}</translation>
        </message>
        <message>
            <source>has its range the wrong way round ({value})</source>
            <translation>tiene el rango al revés ({value})</translation>
        </message>
        <message>
            <source>must be at least 1, not {value}</source>
            <translation>debe ser al menos 1, no {value}</translation>
        </message>
        <message>
            <source>must be one of {choices}, not '{side}'</source>
            <translation>debe ser uno de estos: {choices}; no '{side}'</translation>
        </message>
        <message>
            <source>must list at least one movement</source>
            <translation>debe incluir al menos un movimiento</translation>
        </message>
        <message>
            <source>must be 'hold' or 'reps', not '{kind}'</source>
            <translation>debe ser 'hold' o 'reps', no '{kind}'</translation>
        </message>
        <message>
            <source>does not apply to a hold; use kind = "reps" with a hold per rep</source>
            <translation>no corresponde a una posición mantenida; use kind = "reps" con un tiempo mantenido en cada repetición</translation>
        </message>
        <message>
            <source>must be a whole number of seconds from 1 to 5, not {value}</source>
            <translation>debe ser un número entero de segundos del 1 al 5, no {value}</translation>
        </message>
        <message>
            <source>must be a step number from 1 to {count}, not {value}</source>
            <translation>debe ser un número de paso del 1 al {count}, no {value}</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <comment>the reason is the system's</comment>
            <translation>no se puede leer ({reason})</translation>
        </message>
        <message>
            <source>must lie between first_step {first} and last_step {last}</source>
            <translation>debe estar entre first_step {first} y last_step {last}</translation>
        </message>
    </context>
    <context>
        <name>core.own_exercises</name>
        <message>
            <source>Each leg in turn</source>
            <translation>Cada pierna por turno</translation>
        </message>
        <message>
            <source>One leg (the affected side)</source>
            <translation>Una pierna (el lado afectado)</translation>
        </message>
        <message>
            <source>Both legs together</source>
            <translation>Ambas piernas a la vez</translation>
        </message>
        <message>
            <source>must be an object, not {found}</source>
            <translation>debe ser un objeto, no {found}</translation>
        </message>
        <message>
            <source>is not a field of an exercise</source>
            <translation>no es un campo de un ejercicio</translation>
        </message>
        <message>
            <source>must be an id like 'own-heel-walks' (lower case, starting '{prefix}'), not {value}</source>
            <translation>debe ser un id como 'own-heel-walks' (en minúsculas, empezando por '{prefix}'), no {value}</translation>
        </message>
        <message>
            <source>{name} (my copy)</source>
            <comment>the name of a copied exercise</comment>
            <translation>{name} (mi copia)</translation>
        </message>
        <message>
            <source>lists {count} items; at most {most}</source>
            <translation>tiene {count} elementos; como máximo {most}</translation>
        </message>
        <message>
            <source>lists {count} movements; at most 2</source>
            <translation>tiene {count} movimientos; como máximo 2</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {most}</source>
            <translation>tiene {length} caracteres; como máximo {most}</translation>
        </message>
        <message>
            <source>{amount} sets is above {limit}, the most the app allows</source>
            <translation>{amount} series superan las {limit} que la aplicación permite como máximo</translation>
        </message>
        <message>
            <source>{amount} reps is above {limit}, the most the app allows</source>
            <translation>{amount} repeticiones superan las {limit} que la aplicación permite como máximo</translation>
        </message>
        <message>
            <source>{amount} seconds is above {limit}, the most the app allows</source>
            <translation>{amount} segundos superan los {limit} que la aplicación permite como máximo</translation>
        </message>
    </context>
    <context>
        <name>core.pacing</name>
        <message>
            <source>You count the reps yourself (Enter after each)</source>
            <translation>Usted cuenta las repeticiones (Intro después de cada una)</translation>
        </message>
        <message>
            <source>Paced at {seconds} s* out and {seconds} s* back</source>
            <comment>the star marks the app's own figure</comment>
            <translation>Ritmo de {seconds} s* de ida y {seconds} s* de vuelta</translation>
        </message>
        <message>
            <source>{seconds} s* rest between sets</source>
            <translation>{seconds} s* de descanso entre series</translation>
        </message>
        <message>
            <source>no rest between sets</source>
            <translation>sin descanso entre series</translation>
        </message>
        <message>
            <source>Both ankles: each side in turn, from the right.</source>
            <translation>Ambos tobillos: un lado y luego el otro, empezando por el derecho.</translation>
        </message>
        <message>
            <source>Both ankles: each side in turn, from the left.</source>
            <translation>Ambos tobillos: un lado y luego el otro, empezando por el izquierdo.</translation>
        </message>
        <message>
            <source>On the right side only.</source>
            <translation>Solo en el lado derecho.</translation>
        </message>
        <message>
            <source>On the left side only.</source>
            <translation>Solo en el lado izquierdo.</translation>
        </message>
        <message>
            <source>Never faster than {seconds} s each way: the article asks for slow, controlled movement.</source>
            <translation>Nunca más rápido de {seconds} s en cada sentido: el artículo pide un movimiento lento y controlado.</translation>
        </message>
    </context>
    <context>
        <name>core.phases</name>
        <message>
            <source>Move</source>
            <comment>phase label: move into position</comment>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Return</source>
            <comment>phase label: come back to the start</comment>
            <translation>Volver</translation>
        </message>
        <message>
            <source>Reps</source>
            <comment>phase label: the person counts the repetitions</comment>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>phase label: a timed hold</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Set {number} of {total}</source>
            <translation>Serie {number} de {total}</translation>
        </message>
        <message>
            <source>Rep {rep} of {total}</source>
            <translation>Repetición {rep} de {total}</translation>
        </message>
        <message>
            <source>Next: Done</source>
            <translation>Siguiente: fin</translation>
        </message>
        <message>
            <source>Right foot leads first</source>
            <translation>Empieza el pie derecho</translation>
        </message>
        <message>
            <source>Right foot leads</source>
            <translation>Pie derecho delante</translation>
        </message>
        <message>
            <source>Left foot leads first</source>
            <translation>Empieza el pie izquierdo</translation>
        </message>
        <message>
            <source>Left foot leads</source>
            <translation>Pie izquierdo delante</translation>
        </message>
        <message>
            <source>Right foot on the pad</source>
            <translation>Pie derecho sobre el cojín</translation>
        </message>
        <message>
            <source>Left foot on the pad</source>
            <translation>Pie izquierdo sobre el cojín</translation>
        </message>
        <message>
            <source>Move the pad under the right foot</source>
            <translation>Ponga el cojín bajo el pie derecho</translation>
        </message>
        <message>
            <source>Move the pad under the left foot</source>
            <translation>Ponga el cojín bajo el pie izquierdo</translation>
        </message>
        <message>
            <source>Switch to both legs</source>
            <translation>Cambie a ambas piernas</translation>
        </message>
        <message>
            <source>Switch to right leg</source>
            <translation>Cambie a la pierna derecha</translation>
        </message>
        <message>
            <source>Switch to left leg</source>
            <translation>Cambie a la pierna izquierda</translation>
        </message>
        <message>
            <source>Next: Rest {seconds} s</source>
            <translation>Siguiente: descanso de {seconds} s</translation>
        </message>
        <message>
            <source>Next: {change}</source>
            <comment>what the next phase asks: switch to the other leg, or move the pad</comment>
            <translation>Siguiente: {change}</translation>
        </message>
        <message>
            <source>Next: Change to {movement}</source>
            <comment>a movement's name, in lower case</comment>
            <translation>Siguiente: cambio a {movement}</translation>
        </message>
        <message>
            <source>Next: {set}</source>
            <comment>the next set: its side and number, 'Left leg, set 2 of 3'</comment>
            <translation>Siguiente: {set}</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>phase label: the exercise is over</comment>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Get ready</source>
            <comment>phase label</comment>
            <translation>Prepárese</translation>
        </message>
        <message>
            <source>Rest</source>
            <comment>phase label</comment>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>Change to {movement}</source>
            <comment>a movement's name, in lower case</comment>
            <translation>Cambie a {movement}</translation>
        </message>
    </context>
    <context>
        <name>core.plan</name>
        <message>
            <source>My weekly plan</source>
            <translation>Mi plan semanal</translation>
        </message>
        <message>
            <source>{value} sets is below 1</source>
            <translation>el número de series ({value}) es menor que 1</translation>
        </message>
        <message>
            <source>{value} reps is below 1</source>
            <translation>el número de repeticiones ({value}) es menor que 1</translation>
        </message>
        <message>
            <source>{value} s hold is below 1</source>
            <translation>el tiempo mantenido ({value} s) es menor que 1</translation>
        </message>
        <message>
            <source>{value} sets is above {limit}, the most the app allows</source>
            <translation>el número de series ({value}) supera {limit}, el máximo que permite la aplicación</translation>
        </message>
        <message>
            <source>{value} reps is above {limit}, the most the app allows</source>
            <translation>el número de repeticiones ({value}) supera {limit}, el máximo que permite la aplicación</translation>
        </message>
        <message>
            <source>{value} s hold is above {limit}, the most the app allows</source>
            <translation>el tiempo mantenido ({value} s) supera {limit} s, el máximo que permite la aplicación</translation>
        </message>
        <message>
            <source>{value} sets is outside {low}–{high}</source>
            <translation>el número de series ({value}) queda fuera de {low}–{high}</translation>
        </message>
        <message>
            <source>{value} reps is outside {low}–{high}</source>
            <translation>el número de repeticiones ({value}) queda fuera de {low}–{high}</translation>
        </message>
        <message>
            <source>{value} s hold is outside {low}–{high}</source>
            <translation>el tiempo mantenido ({value} s) queda fuera de {low}–{high}</translation>
        </message>
        <message>
            <source>prescribed by {therapist}</source>
            <comment>{therapist}: a name</comment>
            <translation>prescrita por {therapist}</translation>
        </message>
        <message>
            <source>prescribed by your therapist</source>
            <translation>prescrita por su fisioterapeuta</translation>
        </message>
        <message>
            <source>{seconds} s hold</source>
            <comment>the work of a set: a hold of so many seconds ({seconds}: a figure, maybe with '*')</comment>
            <translation>mantener {seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>hold {seconds} s, %n{mark} times</source>
            <comment>the work of a set: in and out of a stretch; {mark}: '*' or nothing</comment>
            <translation>
                <numerusform>mantener {seconds} s, %n{mark} vez</numerusform>
                <numerusform>mantener {seconds} s, %n{mark} veces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} reps each way, hold {seconds} s</source>
            <comment>the work of a set; {mark}: '*' or nothing</comment>
            <translation>
                <numerusform>%n{mark} repetición en cada sentido, mantener {seconds} s</numerusform>
                <numerusform>%n{mark} repeticiones en cada sentido, mantener {seconds} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} reps each way</source>
            <comment>the work of a set; {mark}: '*' or nothing</comment>
            <translation>
                <numerusform>%n{mark} repetición en cada sentido</numerusform>
                <numerusform>%n{mark} repeticiones en cada sentido</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} reps, hold {seconds} s</source>
            <comment>the work of a set; {mark}: '*' or nothing</comment>
            <translation>
                <numerusform>%n{mark} repetición, mantener {seconds} s</numerusform>
                <numerusform>%n{mark} repeticiones, mantener {seconds} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} reps</source>
            <comment>the work of a set; {mark}: '*' or nothing</comment>
            <translation>
                <numerusform>%n{mark} repetición</numerusform>
                <numerusform>%n{mark} repeticiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} set(s) in all × {work}</source>
            <comment>sets of a dose, the side switched each set; {mark}: '*' or nothing; {work}: '12 reps', '30 s hold'...</comment>
            <translation>
                <numerusform>%n{mark} serie en total × {work}</numerusform>
                <numerusform>%n{mark} series en total × {work}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n{mark} set(s) × {work}</source>
            <comment>sets of a dose; {mark}: '*' or nothing; {work}: '12 reps', '30 s hold'...</comment>
            <translation>
                <numerusform>%n{mark} serie × {work}</numerusform>
                <numerusform>%n{mark} series × {work}</numerusform>
            </translation>
        </message>
        <message>
            <source>a week has 7 days, not {count}</source>
            <translation>una semana tiene 7 días, no {count}</translation>
        </message>
        <message>
            <source>emphasis must be anterior or posterior, not {value}</source>
            <translation>el énfasis debe ser anterior o posterior, no {value}</translation>
        </message>
        <message>
            <source>{day}, exercise {number}: '{id}' is not in the exercise library</source>
            <translation>{day}, ejercicio {number}: “{id}” no está en la biblioteca de ejercicios</translation>
        </message>
        <message>
            <source>{day}, exercise {number} ({exercise}): {problem}</source>
            <comment>{problem}: what is wrong with the dose, e.g. '40 sets is outside 2–3'</comment>
            <translation>{day}, ejercicio {number} ({exercise}): {problem}</translation>
        </message>
        <message>
            <source>{exercise} is already planned on {day}</source>
            <comment>{exercise}: an exercise id</comment>
            <translation>{exercise} ya está previsto el {day}</translation>
        </message>
        <message>
            <source>entry {number} on {day} is {planned}, not {given}</source>
            <comment>{planned}, {given}: exercise ids</comment>
            <translation>la entrada {number} del {day} es {planned}, no {given}</translation>
        </message>
        <message>
            <source>weekday must be 0 (Monday) to 6 (Sunday), not {value}</source>
            <translation>el día de la semana debe ir de 0 (lunes) a 6 (domingo), no {value}</translation>
        </message>
        <message>
            <source>there is no exercise {number} on that day</source>
            <translation>no hay ningún ejercicio {number} ese día</translation>
        </message>
    </context>
    <context>
        <name>core.plan_calendar</name>
        <message>
            <source>the alarm must be 0 to {most} minutes before the start, not {value}</source>
            <translation>el aviso debe sonar entre 0 y {most} minutos antes del comienzo, no {value}</translation>
        </message>
        <message>
            <source>'{zone}' is not a time zone this computer knows (a name like Europe/Berlin)</source>
            <translation>«{zone}» no es una zona horaria que este ordenador conozca (un nombre como Europe/Madrid)</translation>
        </message>
        <message>
            <source>'{text}' is not a time of day like 18:00</source>
            <translation>«{text}» no es una hora del día como 18:00</translation>
        </message>
        <message numerus="yes">
            <source>Ankle exercises: %n planned (about {minutes} min)</source>
            <comment>a calendar event's title; minutes: a whole number</comment>
            <translation>
                <numerusform>Ejercicios de tobillo: %n previsto (unos {minutes} min)</numerusform>
                <numerusform>Ejercicios de tobillo: %n previstos (unos {minutes} min)</numerusform>
            </translation>
        </message>
        <message>
            <source>{plan}, {day}:</source>
            <comment>the first line of a calendar event; plan: the plan's name; day: a weekday</comment>
            <translation>{plan}, {day}:</translation>
        </message>
        <message>
            <source>• {id} (not in the exercise library)</source>
            <translation>• {id} (no está en la biblioteca de ejercicios)</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <comment>the plan's notes</comment>
            <translation>Notas: {notes}</translation>
        </message>
        <message>
            <source>Stop any exercise that hurts.</source>
            <translation>Pare cualquier ejercicio que le duela.</translation>
        </message>
        <message>
            <source>Ankle exercises</source>
            <comment>the calendar's name</comment>
            <translation>Ejercicios de tobillo</translation>
        </message>
    </context>
    <context>
        <name>core.plan_versions</name>
        <message numerus="yes">
            <source>First plan: %n exercise(s) a week, prescribed by {therapist}</source>
            <comment>{therapist}: a name</comment>
            <translation>
                <numerusform>Primer plan: %n ejercicio a la semana, prescrito por {therapist}</numerusform>
                <numerusform>Primer plan: %n ejercicios a la semana, prescrito por {therapist}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>First plan: %n exercise(s) a week</source>
            <translation>
                <numerusform>Primer plan: %n ejercicio a la semana</numerusform>
                <numerusform>Primer plan: %n ejercicios a la semana</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercise} added</source>
            <translation>añadido: {exercise}</translation>
        </message>
        <message>
            <source>{exercise} dropped</source>
            <translation>quitado: {exercise}</translation>
        </message>
        <message>
            <source>{exercise}: now on {days} (was {old_days})</source>
            <comment>{days}, {old_days}: short weekday names, 'Mon, Thu'</comment>
            <translation>{exercise}: ahora {days} (antes {old_days})</translation>
        </message>
        <message>
            <source>prescribed by {therapist}</source>
            <comment>{therapist}: a name</comment>
            <translation>prescrito por {therapist}</translation>
        </message>
        <message>
            <source>renamed “{name}”</source>
            <comment>the plan was renamed</comment>
            <translation>nuevo nombre: “{name}”</translation>
        </message>
        <message>
            <source>no change to the exercises or doses</source>
            <translation>sin cambios en los ejercicios ni en las dosis</translation>
        </message>
        <message>
            <source>{dose} (prescribed)</source>
            <comment>{dose}: '3×12', '2×30 s'</comment>
            <translation>{dose} (prescrita)</translation>
        </message>
        <message>
            <source>no day</source>
            <translation>ningún día</translation>
        </message>
    </context>
    <context>
        <name>core.program_file</name>
        <message>
            <source>'{id}' is not in the exercise library</source>
            <translation>“{id}” no está en la biblioteca de ejercicios</translation>
        </message>
        <message>
            <source>the file is {size}; a program file may be at most {limit}</source>
            <comment>{size}, {limit}: '3.5 MB'</comment>
            <translation>el archivo ocupa {size}; un archivo de programa puede ocupar como máximo {limit}</translation>
        </message>
        <message>
            <source>is not UTF-8 text (byte {position} cannot be read)</source>
            <comment>said of the file</comment>
            <translation>no es texto UTF-8 (no se puede leer el byte {position})</translation>
        </message>
        <message>
            <source>is not usable JSON: the key '{key}' appears twice in one object</source>
            <comment>said of the file</comment>
            <translation>no es JSON utilizable: la clave “{key}” aparece dos veces en un mismo objeto</translation>
        </message>
        <message>
            <source>is not valid JSON: {error} at line {line}, column {column}</source>
            <comment>said of the file; {error}: the JSON reader's words, in English</comment>
            <translation>no es JSON válido: {error} en la línea {line}, columna {column}</translation>
        </message>
        <message>
            <source>is not usable JSON: it is nested too deeply</source>
            <comment>said of the file</comment>
            <translation>no es JSON utilizable: tiene demasiados niveles de anidación</translation>
        </message>
        <message>
            <source>must be a JSON object with "format": "{format}", not {kind}</source>
            <comment>said of the file; {kind}: 'a list', 'text'...</comment>
            <translation>debe ser un objeto JSON con "format": "{format}", no {kind}</translation>
        </message>
        <message>
            <source>is missing, so this is not a rehab-desktop program file (expected "{format}")</source>
            <comment>said of the field "format"</comment>
            <translation>falta, así que este no es un archivo de programa de rehab-desktop (se esperaba "{format}")</translation>
        </message>
        <message>
            <source>is {value}, so this is not a rehab-desktop program file (expected "{format}")</source>
            <comment>said of the field "format"</comment>
            <translation>es {value}, así que este no es un archivo de programa de rehab-desktop (se esperaba "{format}")</translation>
        </message>
        <message>
            <source>{version} is newer than this app reads (up to {supported}); update rehab-desktop to import it</source>
            <translation>{version} es más reciente de lo que lee esta aplicación (hasta {supported}); actualice rehab-desktop para importarlo</translation>
        </message>
        <message>
            <source>must be {supported}, not {value}</source>
            <comment>said of the file's version</comment>
            <translation>debe ser {supported}, no {value}</translation>
        </message>
        <message>
            <source>is not a field of a program file (known: {known})</source>
            <comment>{known}: the file's field names</comment>
            <translation>no es un campo de un archivo de programa (campos válidos: {known})</translation>
        </message>
        <message>
            <source>must be a date and time like "2026-05-11T09:30:00Z" or null, not {value}</source>
            <translation>debe ser una fecha y hora como "2026-05-11T09:30:00Z" o null, no {value}</translation>
        </message>
        <message>
            <source>must be "", "anterior" or "posterior", not {value}</source>
            <translation>debe ser "", "anterior" o "posterior", no {value}</translation>
        </message>
        <message>
            <source>must be a list of your own exercises, not {kind}</source>
            <comment>{kind}: 'an object', 'text'...</comment>
            <translation>debe ser una lista de sus ejercicios propios, no {kind}</translation>
        </message>
        <message>
            <source>'{id}' is listed twice (also exercises[{index}])</source>
            <translation>“{id}” aparece dos veces (también en exercises[{index}])</translation>
        </message>
        <message>
            <source>must be an object with a list for each day (monday to sunday), not {kind}</source>
            <comment>the day names are the file's keys: keep them in English</comment>
            <translation>debe ser un objeto con una lista para cada día (de monday a sunday), no {kind}</translation>
        </message>
        <message>
            <source>is not a day of the week (monday, tuesday, ... sunday, in lower case)</source>
            <comment>the day names are the file's keys: keep them in English</comment>
            <translation>no es un día de la semana (monday, tuesday, ... sunday, en minúsculas)</translation>
        </message>
        <message>
            <source>must be a list of exercises, not {kind}</source>
            <translation>debe ser una lista de ejercicios, no {kind}</translation>
        </message>
        <message numerus="yes">
            <source>lists %n exercises; at most {limit}</source>
            <translation>
                <numerusform>tiene %n ejercicio; como máximo {limit}</numerusform>
                <numerusform>tiene %n ejercicios; como máximo {limit}</numerusform>
            </translation>
        </message>
        <message>
            <source>must be an object with "exercise" and "dose", not {kind}</source>
            <translation>debe ser un objeto con "exercise" y "dose", no {kind}</translation>
        </message>
        <message>
            <source>is not a field of a day's entry (known: {known})</source>
            <comment>{known}: the file's field names</comment>
            <translation>no es un campo de una entrada del día (campos válidos: {known})</translation>
        </message>
        <message>
            <source>must be an exercise id, not {value}</source>
            <translation>debe ser un identificador de ejercicio, no {value}</translation>
        </message>
        <message>
            <source>'{id}' is an own exercise that is not in the file's "exercises"</source>
            <translation>“{id}” es un ejercicio propio que no está en "exercises" dentro del archivo</translation>
        </message>
        <message>
            <source>'{id}' is not an exercise this app knows (see 'rehab-desktop exercises')</source>
            <translation>“{id}” no es un ejercicio que esta aplicación conozca (vea 'rehab-desktop exercises')</translation>
        </message>
        <message>
            <source>'{id}' is already on {day} ({where}); a day lists each exercise once</source>
            <comment>{day}: the file's key for the day, 'monday'; {where}: 'days.monday[1]'</comment>
            <translation>“{id}” ya está en {day} ({where}); cada día incluye cada ejercicio una sola vez</translation>
        </message>
        <message>
            <source>must be an object with "sets" and the exercise's reps or hold, not {kind}</source>
            <translation>debe ser un objeto con "sets" y las repeticiones o el tiempo mantenido del ejercicio, no {kind}</translation>
        </message>
        <message>
            <source>is not a field of a dose (known: {known})</source>
            <comment>{known}: the file's field names</comment>
            <translation>no es un campo de una dosis (campos válidos: {known})</translation>
        </message>
        <message>
            <source>must be true or false, not {value}</source>
            <translation>debe ser true o false, no {value}</translation>
        </message>
        <message>
            <source>must be a number of kilograms or null, not {value}</source>
            <translation>debe ser un número de kilos o null, no {value}</translation>
        </message>
        <message>
            <source>{value} is outside 0–{limit} kg</source>
            <translation>{value} está fuera de 0–{limit} kg</translation>
        </message>
        <message>
            <source>names who prescribed the dose, but "prescribed" is false; set "prescribed": true</source>
            <translation>indica quién prescribió la dosis, pero "prescribed" es false; ponga "prescribed": true</translation>
        </message>
        <message>
            <source>must be null: {exercise} ({id}) has no repetitions</source>
            <translation>debe ser null: {exercise} ({id}) no tiene repeticiones</translation>
        </message>
        <message>
            <source>must be null: {exercise} ({id}) has no hold</source>
            <translation>debe ser null: {exercise} ({id}) no tiene posición mantenida</translation>
        </message>
        <message>
            <source>must be a whole number for {exercise}, not null</source>
            <translation>debe ser un número entero para {exercise}, no null</translation>
        </message>
        <message>
            <source>must be a whole number, not {value}</source>
            <translation>debe ser un número entero, no {value}</translation>
        </message>
        <message>
            <source>{value} is below 1</source>
            <translation>{value} es menor que 1</translation>
        </message>
        <message>
            <source>{value} is above {limit}</source>
            <translation>{value} es mayor que {limit}</translation>
        </message>
        <message>
            <source>{value} lies outside {exercise}'s range {low}–{high}; if a therapist prescribed it, mark the dose "prescribed": true</source>
            <translation>{value} está fuera del rango de {exercise}, {low}–{high}; si se lo prescribió un fisioterapeuta, marque la dosis con "prescribed": true</translation>
        </message>
        <message>
            <source>new plan “{name}” from {day}</source>
            <comment>{day}: '2026-05-11'</comment>
            <translation>nuevo plan “{name}” desde el {day}</translation>
        </message>
        <message>
            <source>new plan “{name}”</source>
            <translation>nuevo plan “{name}”</translation>
        </message>
        <message>
            <source>, prescribed by {therapist} on {day}</source>
            <comment>follows 'new plan “...”'; {therapist}: a name; {day}: '2026-05-11'</comment>
            <translation>, prescrito por {therapist} el {day}</translation>
        </message>
        <message>
            <source>, prescribed by {therapist}</source>
            <comment>follows 'new plan “...”'; {therapist}: a name</comment>
            <translation>, prescrito por {therapist}</translation>
        </message>
        <message>
            <source>, prescribed on {day}</source>
            <comment>follows 'new plan “...”'; {day}: '2026-05-11'</comment>
            <translation>, prescrito el {day}</translation>
        </message>
        <message>
            <source>exercise added to your own: {exercise}</source>
            <translation>nuevo ejercicio propio: {exercise}</translation>
        </message>
        <message>
            <source>changes your own exercise {exercise} ({id}): the file's version replaces yours</source>
            <translation>cambia su ejercicio propio {exercise} ({id}): la versión del archivo sustituye a la suya</translation>
        </message>
        <message>
            <source>your own exercise {exercise} is shown in the list again</source>
            <translation>su ejercicio propio {exercise} vuelve a aparecer en la lista</translation>
        </message>
        <message>
            <source>replaces the plan “{name}” from {day}</source>
            <comment>{day}: '2026-05-11'</comment>
            <translation>sustituye al plan “{name}” que empezaba el {day}</translation>
        </message>
        <message>
            <source>replaces the plan “{name}”</source>
            <translation>sustituye al plan “{name}”</translation>
        </message>
        <message>
            <source>is missing</source>
            <comment>said of a field of the file</comment>
            <translation>falta</translation>
        </message>
        <message>
            <source>must be text, not {value}</source>
            <translation>debe ser texto, no {value}</translation>
        </message>
        <message numerus="yes">
            <source>is %n characters long; at most {limit}</source>
            <translation>
                <numerusform>tiene %n carácter; como máximo {limit}</numerusform>
                <numerusform>tiene %n caracteres; como máximo {limit}</numerusform>
            </translation>
        </message>
        <message>
            <source>contains a control character ({code}); it must be one line</source>
            <comment>{code}: 'U+000A'</comment>
            <translation>contiene un carácter de control ({code}); debe ocupar una sola línea</translation>
        </message>
        <message>
            <source>contains a control character ({code})</source>
            <comment>{code}: 'U+0007'</comment>
            <translation>contiene un carácter de control ({code})</translation>
        </message>
        <message>
            <source>must be a date like "2026-05-11" or null, not {value}</source>
            <translation>debe ser una fecha como "2026-05-11" o null, no {value}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true o false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.programs</name>
        <message>
            <source>A starter program is the app's suggestion: the article gives the exercises and their doses but no weekly schedule, and the balance stage between the band work and the functional training is the app's staging. It is not medical advice; ask your physical therapist to adjust it to you.</source>
            <translation>Un programa inicial es una sugerencia de la aplicación: el artículo da los ejercicios y sus dosis, pero no un calendario semanal, y la etapa de equilibrio entre el trabajo con banda elástica y el entrenamiento funcional es una propuesta de la aplicación. No es consejo médico; pida a su fisioterapeuta que lo adapte a usted.</translation>
        </message>
        <message>
            <source>Stop if pointing the foot down pinches at the back of the ankle.</source>
            <translation>Pare si al apuntar el pie hacia abajo nota un pinzamiento en la parte trasera del tobillo.</translation>
        </message>
        <message>
            <source>Anterior emphasis (the app's choice of order): ankle dorsiflexion comes first on every strength day, because the article notes that people with anterior impingement often find it weak. It starts at the program's dose, like the rest; raise it in the plan as it gets easier.</source>
            <translation>Énfasis anterior (orden elegido por la aplicación): la flexión dorsal del tobillo va primero todos los días de fuerza, porque el artículo señala que las personas con pinzamiento anterior a menudo la tienen débil. Empieza con la dosis del programa, como el resto; súbala en el plan a medida que le resulte más fácil.</translation>
        </message>
        <message>
            <source>Posterior emphasis (the app's choice of order): seated ankle range of motion comes first every day; its plantarflexion variant is the one the article singles out for posterior impingement, so add it gently. Ankle plantarflexion and foam pad toe raises stay in, as in the article: stop if pointing the foot down pinches at the back of the ankle, and ask your therapist before going on with them.</source>
            <translation>Énfasis posterior (orden elegido por la aplicación): la movilidad del tobillo sentado va primero cada día; su variante de flexión plantar es la que el artículo destaca para el pinzamiento posterior, así que añádala con suavidad. La flexión plantar del tobillo y las elevaciones de puntillas sobre el cojín se mantienen, como en el artículo: pare si al apuntar el pie hacia abajo nota un pinzamiento en la parte trasera del tobillo, y consulte a su fisioterapeuta antes de seguir con esos ejercicios.</translation>
        </message>
        <message>
            <source>{program}, anterior emphasis</source>
            <comment>{program}: a starter program's name</comment>
            <translation>{program}, énfasis anterior</translation>
        </message>
        <message>
            <source>{program}, posterior emphasis</source>
            <comment>{program}: a starter program's name</comment>
            <translation>{program}, énfasis posterior</translation>
        </message>
        <message>
            <source>{summary}.</source>
            <comment>a program's one-line summary ended as a sentence</comment>
            <translation>{summary}.</translation>
        </message>
        <message>
            <source>{program} (the app's suggestion)</source>
            <comment>a new plan's name; {program}: a starter program's name, maybe with its emphasis</comment>
            <translation>{program} (sugerencia de la aplicación)</translation>
        </message>
        <message>
            <source>Early stage</source>
            <translation>Etapa inicial</translation>
        </message>
        <message>
            <source>Flexibility every day and gentle band strengthening, for the start of recovery</source>
            <translation>Flexibilidad cada día y fortalecimiento suave con banda elástica, para el comienzo de la recuperación</translation>
        </message>
        <message>
            <source>Stretches daily; the four-way band routine on Monday, Wednesday and Friday at the low end of each range; Sunday is a rest day with only the two easiest stretches.</source>
            <translation>Estiramientos a diario; la rutina de banda elástica en cuatro direcciones el lunes, el miércoles y el viernes, con la dosis más baja de cada rango; el domingo es día de descanso, solo con los dos estiramientos más fáciles.</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Fuerza</translation>
        </message>
        <message>
            <source>Daily flexibility with the band routine built up to the top of its ranges</source>
            <translation>Flexibilidad a diario, con la rutina de banda elástica llevada hasta lo más alto de sus rangos</translation>
        </message>
        <message>
            <source>Stretches daily; the band routine on Monday, Wednesday and Friday at the top of its set and repetition ranges, with the days between for stretching; Sunday is a rest day.</source>
            <translation>Estiramientos a diario; la rutina de banda elástica el lunes, el miércoles y el viernes, en lo más alto de sus rangos de series y repeticiones, con los días intermedios para estirar; el domingo es día de descanso.</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Equilibrio</translation>
        </message>
        <message>
            <source>Adds the balance exercises once stretching and strengthening feel comfortable (a stage of the app's own: the article only says the functional work comes last)</source>
            <translation>Añade los ejercicios de equilibrio cuando los estiramientos y el fortalecimiento le resulten cómodos (una etapa propia de la aplicación: el artículo solo dice que el trabajo funcional va al final)</translation>
        </message>
        <message>
            <source>Stretches daily; the band routine on Monday, Wednesday and Friday; balance work on Tuesday, Thursday and Saturday; Sunday is a rest day.</source>
            <translation>Estiramientos a diario; la rutina de banda elástica el lunes, el miércoles y el viernes; equilibrio el martes, el jueves y el sábado; el domingo es día de descanso.</translation>
        </message>
        <message>
            <source>Return to activity</source>
            <translation>Vuelta a la actividad</translation>
        </message>
        <message>
            <source>Functional training for the last stage, before going back to sport or demanding activity</source>
            <translation>Entrenamiento funcional para la última etapa, antes de volver al deporte o a una actividad exigente</translation>
        </message>
        <message>
            <source>Stretches daily; strength on Monday and Thursday, balance on Tuesday and Friday, functional training on Wednesday and Saturday; Sunday is a rest day.</source>
            <translation>Estiramientos a diario; fuerza el lunes y el jueves, equilibrio el martes y el viernes, entrenamiento funcional el miércoles y el sábado; el domingo es día de descanso.</translation>
        </message>
    </context>
    <context>
        <name>core.records</name>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Ambas piernas</translation>
        </message>
    </context>
    <context>
        <name>core.reminders</name>
        <message>
            <source>'{part}' is not a time of day written like 08:30 or 18:00</source>
            <comment>part: what was typed</comment>
            <translation>“{part}” no es una hora escrita como 08:30 o 18:00</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <comment>the reminder's title: about 12 minutes</comment>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ankle exercises: %n planned today, about {minutes}</source>
            <comment>minutes: '12 minutes'</comment>
            <translation>
                <numerusform>Ejercicios de tobillo: %n previsto hoy, unos {minutes}</numerusform>
                <numerusform>Ejercicios de tobillo: %n previstos hoy, unos {minutes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ankle exercises: %n of {planned} still to do today, about {minutes}</source>
            <comment>%n: the exercises left; minutes: '7 minutes'</comment>
            <translation>
                <numerusform>Ejercicios de tobillo: queda %n de {planned} por hacer hoy, unos {minutes}</numerusform>
                <numerusform>Ejercicios de tobillo: quedan %n de {planned} por hacer hoy, unos {minutes}</numerusform>
            </translation>
        </message>
        <message>
            <source>Start now opens today's session, ready to begin. Stop any exercise that hurts.</source>
            <comment>Start now: the notification's button</comment>
            <translation>“Empezar ahora” abre la sesión de hoy, lista para comenzar. Pare cualquier ejercicio que le duela.</translation>
        </message>
        <message>
            <source>Your weekly self-check is due too: it is on the History page.</source>
            <translation>También le toca la autoevaluación semanal: está en la página Historial.</translation>
        </message>
    </context>
    <context>
        <name>core.self_check_due</name>
        <message>
            <source>Self-check: not taken yet. It takes about ten minutes, once a week.</source>
            <translation>Autoevaluación: aún no la ha hecho. Lleva unos diez minutos, una vez por semana.</translation>
        </message>
        <message>
            <source>Last self-check {last}; the next is due today.</source>
            <comment>{last}: 27 Nov, today or yesterday</comment>
            <translation>Última autoevaluación: {last}; la siguiente toca hoy.</translation>
        </message>
        <message>
            <source>Last self-check {last}; the next is due now.</source>
            <comment>{last}: 27 Nov, today or yesterday</comment>
            <translation>Última autoevaluación: {last}; ya toca la siguiente.</translation>
        </message>
        <message>
            <source>Last self-check {last}; the next is due {due}.</source>
            <comment>{last}: 27 Nov, today or yesterday; {due}: 4 Dec or tomorrow</comment>
            <translation>Última autoevaluación: {last}; la siguiente: {due}.</translation>
        </message>
        <message>
            <source>not taken yet</source>
            <translation>aún sin hacer</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>toca hoy</translation>
        </message>
        <message>
            <source>due now</source>
            <translation>ya toca</translation>
        </message>
        <message>
            <source>next on {day}</source>
            <comment>{day}: 8 Dec</comment>
            <translation>próxima: {day}</translation>
        </message>
        <message>
            <source>next tomorrow</source>
            <translation>próxima: mañana</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
    </context>
    <context>
        <name>core.self_checks</name>
        <message>
            <source>eyes open</source>
            <translation>ojos abiertos</translation>
        </message>
        <message>
            <source>eyes closed</source>
            <translation>ojos cerrados</translation>
        </message>
        <message>
            <source>Knee-to-wall</source>
            <translation>Rodilla a la pared</translation>
        </message>
        <message>
            <source>How far the ankle bends with your weight on it.</source>
            <translation>Cuánto se dobla el tobillo con su peso encima.</translation>
        </message>
        <message>
            <source>Stand facing a wall, shoes off, with the foot you are testing in front and pointing straight at it.</source>
            <translation>Póngase de cara a una pared, sin zapatos, con el pie que va a medir delante y apuntando recto hacia ella.</translation>
        </message>
        <message>
            <source>With that heel pressed down, push the knee towards the wall until it touches.</source>
            <translation>Con ese talón bien apoyado, lleve la rodilla hacia la pared hasta tocarla.</translation>
        </message>
        <message>
            <source>If the knee reaches easily, move the foot back a little and try again; if the heel lifts or the knee misses, move it closer.</source>
            <translation>Si la rodilla llega con facilidad, retrase un poco el pie y vuelva a probar; si el talón se levanta o la rodilla no llega, acérquelo.</translation>
        </message>
        <message>
            <source>When the knee only just touches the wall with the heel still down, measure from the tip of the big toe to the wall.</source>
            <translation>Cuando la rodilla apenas toque la pared con el talón todavía apoyado, mida desde la punta del dedo gordo hasta la pared.</translation>
        </message>
        <message>
            <source>If the front of the ankle pinches, stop there and record that it hurt: that is a result too.</source>
            <translation>Si nota un pinzamiento en la parte delantera del tobillo, pare ahí y anote que le dolió: eso también es un resultado.</translation>
        </message>
        <message>
            <source>Single-leg stance</source>
            <translation>Apoyo sobre una pierna</translation>
        </message>
        <message>
            <source>How long you can balance on one leg.</source>
            <translation>Cuánto tiempo mantiene el equilibrio sobre una pierna.</translation>
        </message>
        <message>
            <source>Stand beside a wall or counter you could grab, shoes off, arms crossed over your chest.</source>
            <translation>Colóquese junto a una pared o una encimera a la que pueda agarrarse, sin zapatos y con los brazos cruzados sobre el pecho.</translation>
        </message>
        <message>
            <source>Press Space: after 3, 2, 1, lift one foot off the floor and keep still.</source>
            <translation>Pulse Espacio: tras 3, 2, 1, levante un pie del suelo y no se mueva.</translation>
        </message>
        <message>
            <source>The moment the lifted foot touches down, or you uncross your arms or grab the support, press Space, Enter or click Stop.</source>
            <translation>En cuanto el pie levantado toque el suelo, o descruce los brazos o se agarre al apoyo, pulse Espacio o Intro, o haga clic en Parar.</translation>
        </message>
        <message>
            <source>The timer stops by itself at the maximum you chose.</source>
            <translation>El temporizador se para solo al llegar al máximo que eligió.</translation>
        </message>
        <message>
            <source>I can't</source>
            <translation>no puedo</translation>
        </message>
        <message>
            <source>no trouble at all</source>
            <translation>ninguna dificultad</translation>
        </message>
        <message>
            <source>Walking</source>
            <translation>Caminar</translation>
        </message>
        <message>
            <source>Walking on level ground for as long as you usually need to.</source>
            <translation>Caminar por terreno llano todo el tiempo que suele necesitar.</translation>
        </message>
        <message>
            <source>Stairs up</source>
            <translation>Subir escaleras</translation>
        </message>
        <message>
            <source>Going up a flight of stairs.</source>
            <translation>Subir un tramo de escaleras.</translation>
        </message>
        <message>
            <source>Stairs down</source>
            <translation>Bajar escaleras</translation>
        </message>
        <message>
            <source>Coming down a flight of stairs.</source>
            <translation>Bajar un tramo de escaleras.</translation>
        </message>
        <message>
            <source>Squatting</source>
            <translation>Agacharse</translation>
        </message>
        <message>
            <source>Squatting down low, as if to pick something up from the floor.</source>
            <translation>Agacharse mucho, como para recoger algo del suelo.</translation>
        </message>
        <message>
            <source>Rising on tiptoe</source>
            <translation>Ponerse de puntillas</translation>
        </message>
        <message>
            <source>Rising up onto your toes on both feet.</source>
            <translation>Subir de puntillas sobre los dos pies.</translation>
        </message>
        <message>
            <source>Running or jumping</source>
            <translation>Correr o saltar</translation>
        </message>
        <message>
            <source>Running, hopping or jumping, if you are returning to sport.</source>
            <translation>Correr, brincar o saltar, si está volviendo al deporte.</translation>
        </message>
        <message>
            <source>Your ankle today</source>
            <translation>Su tobillo hoy</translation>
        </message>
        <message>
            <source>Your ankle today, as a percentage of normal (100 % is as it was before the trouble).</source>
            <translation>Su tobillo hoy, como porcentaje de lo normal (100 % es como estaba antes del problema).</translation>
        </message>
        <message>
            <source>left</source>
            <comment>side, after a measure's name: Knee-to-wall, left</comment>
            <translation>lado izquierdo</translation>
        </message>
        <message>
            <source>right</source>
            <comment>side, after a measure's name: Knee-to-wall, right</comment>
            <translation>lado derecho</translation>
        </message>
        <message>
            <source>{field}: '{text}' is not a number.</source>
            <translation>{field}: «{text}» no es un número.</translation>
        </message>
        <message>
            <source>{field}: nothing was entered.</source>
            <translation>{field}: no se ha escrito nada.</translation>
        </message>
        <message>
            <source>{field}: {amount} is outside 0 to {most}, what this check measures.</source>
            <comment>{amount} and {most}: a distance with its unit, 31 cm and 30 cm</comment>
            <translation>{field}: {amount} queda fuera de lo que mide esta prueba, de 0 a {most}.</translation>
        </message>
        <message>
            <source>{field}: {amount} is outside 0 to the {most} s maximum.</source>
            <comment>{amount}: a time with its unit, 31 s; {most}: a number of seconds, 30</comment>
            <translation>{field}: {amount} queda fuera del margen de 0 al máximo de {most} s.</translation>
        </message>
        <message>
            <source>{field}: {number} is not a whole number.</source>
            <translation>{field}: {number} no es un número entero.</translation>
        </message>
        <message>
            <source>{field}: {number} is outside {low} to {high}.</source>
            <translation>{field}: {number} queda fuera del margen de {low} a {high}.</translation>
        </message>
        <message>
            <source>could not do it: pain</source>
            <translation>no se pudo por dolor</translation>
        </message>
        <message>
            <source>{time} (the maximum)</source>
            <comment>{time}: 30 s</comment>
            <translation>{time} (el máximo)</translation>
        </message>
        <message>
            <source>two</source>
            <translation>dos</translation>
        </message>
        <message>
            <source>three</source>
            <translation>tres</translation>
        </message>
        <message>
            <source>four</source>
            <translation>cuatro</translation>
        </message>
        <message>
            <source>five</source>
            <translation>cinco</translation>
        </message>
        <message>
            <source>six</source>
            <translation>seis</translation>
        </message>
        <message>
            <source>seven</source>
            <translation>siete</translation>
        </message>
        <message>
            <source>eight</source>
            <translation>ocho</translation>
        </message>
        <message>
            <source>nine</source>
            <translation>nueve</translation>
        </message>
        <message>
            <source>ten</source>
            <translation>diez</translation>
        </message>
        <message>
            <source>eleven</source>
            <translation>once</translation>
        </message>
        <message>
            <source>twelve</source>
            <translation>doce</translation>
        </message>
        <message>
            <source>earlier today</source>
            <translation>hoy, más temprano</translation>
        </message>
        <message>
            <source>yesterday</source>
            <comment>a check's day, compared with today's</comment>
            <translation>ayer</translation>
        </message>
        <message>
            <source>{number} days ago</source>
            <comment>{number}: spelt out, two to six</comment>
            <translation>hace {number} días</translation>
        </message>
        <message>
            <source>a week ago</source>
            <translation>hace una semana</translation>
        </message>
        <message>
            <source>{number} weeks ago</source>
            <comment>{number}: spelt out, two to twelve</comment>
            <translation>hace {number} semanas</translation>
        </message>
        <message numerus="yes">
            <source>%n months ago</source>
            <translation>
                <numerusform>hace %n mes</numerusform>
                <numerusform>hace %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <comment>a difference on a 0-10 rating</comment>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n points</source>
            <comment>a difference in percentage points</comment>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>{result}, {amount} more than {when}</source>
            <comment>{amount}: 2 cm; {when}: four weeks ago</comment>
            <translation>{result}, {amount} más que {when}</translation>
        </message>
        <message>
            <source>{result}, {amount} less than {when}</source>
            <comment>{amount}: 2 cm; {when}: four weeks ago</comment>
            <translation>{result}, {amount} menos que {when}</translation>
        </message>
        <message>
            <source>{result}, the same as {when}</source>
            <comment>{when}: four weeks ago</comment>
            <translation>{result}, igual que {when}</translation>
        </message>
        <message>
            <source>{amount} more than the right</source>
            <translation>{amount} más que el lado derecho</translation>
        </message>
        <message>
            <source>{amount} less than the right</source>
            <translation>{amount} menos que el lado derecho</translation>
        </message>
        <message>
            <source>the same as the right</source>
            <translation>igual que el lado derecho</translation>
        </message>
        <message>
            <source>{amount} more than the left</source>
            <translation>{amount} más que el lado izquierdo</translation>
        </message>
        <message>
            <source>{amount} less than the left</source>
            <translation>{amount} menos que el lado izquierdo</translation>
        </message>
        <message>
            <source>the same as the left</source>
            <translation>igual que el lado izquierdo</translation>
        </message>
        <message>
            <source>Left {measure}</source>
            <comment>{measure}: the measure's name, lower case</comment>
            <translation>{measure}, lado izquierdo</translation>
        </message>
        <message>
            <source>Right {measure}</source>
            <comment>{measure}: the measure's name, lower case</comment>
            <translation>{measure}, lado derecho</translation>
        </message>
        <message>
            <source>{result} (last time {earlier})</source>
            <comment>{earlier}: 8 cm</comment>
            <translation>{result} (la vez anterior: {earlier})</translation>
        </message>
        <message>
            <source>{result}; {when} it could not be done for pain</source>
            <comment>{when}: four weeks ago</comment>
            <translation>{result}; {when} no se pudo hacer por dolor</translation>
        </message>
        <message>
            <source>the right could not be done for pain</source>
            <translation>el lado derecho no se pudo hacer por dolor</translation>
        </message>
        <message>
            <source>the left could not be done for pain</source>
            <translation>el lado izquierdo no se pudo hacer por dolor</translation>
        </message>
        <message>
            <source>{field} has been lower at two checks in a row: worth mentioning to your therapist.</source>
            <comment>{field}: Knee-to-wall, left</comment>
            <translation>{field}: ha bajado en dos autoevaluaciones seguidas; conviene comentarlo con su fisioterapeuta.</translation>
        </message>
        <message>
            <source>Stand on the left leg</source>
            <translation>Apóyese sobre la pierna izquierda</translation>
        </message>
        <message>
            <source>Stand on the right leg</source>
            <translation>Apóyese sobre la pierna derecha</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>the stance timer's last phase</comment>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárese</translation>
        </message>
    </context>
    <context>
        <name>core.session</name>
        <message>
            <source>There is no exercise on the timer to make easier.</source>
            <translation>No hay ningún ejercicio en el temporizador que hacer más suave.</translation>
        </message>
        <message>
            <source>{exercise} is already at its easiest dose. Skip it, or stop for today.</source>
            <translation>{exercise} ya está en su dosis más suave. Sáltelo o pare por hoy.</translation>
        </message>
        <message>
            <source>'{exercise}' is not in the exercise library.</source>
            <comment>{exercise}: the exercise's id</comment>
            <translation>«{exercise}» no está en la biblioteca de ejercicios.</translation>
        </message>
        <message>
            <source>{exercise} is already in the routine.</source>
            <translation>{exercise} ya está en la rutina.</translation>
        </message>
        <message>
            <source>Only exercises still to come can be taken out of the routine.</source>
            <translation>Solo se pueden quitar de la rutina los ejercicios que aún faltan.</translation>
        </message>
        <message>
            <source>Only exercises still to come can be moved.</source>
            <translation>Solo se pueden mover los ejercicios que aún faltan.</translation>
        </message>
        <message>
            <source>The routine is empty: add exercises with Ctrl+Enter first.</source>
            <translation>La rutina está vacía: añada antes ejercicios con Ctrl+Intro.</translation>
        </message>
        <message>
            <source>The routine is already running.</source>
            <translation>La rutina ya está en marcha.</translation>
        </message>
        <message>
            <source>{done} of {planned}, and {more} more</source>
            <comment>sets done of the sets planned, and more sets done again</comment>
            <translation>{done} de {planned} y {more} más</translation>
        </message>
        <message>
            <source>{done} of {planned}</source>
            <comment>sets done of the sets planned</comment>
            <translation>{done} de {planned}</translation>
        </message>
    </context>
    <context>
        <name>core.suggestions</name>
        <message>
            <source>A stop for pain means staying at the dose or easing it, never raising it.</source>
            <translation>Si paró por dolor, la dosis se mantiene o se suaviza, pero nunca se sube.</translation>
        </message>
        <message>
            <source>When pain after a session is {rise} or more points above pain before in {rises} of the last {n} sessions, the dose stays or eases.</source>
            <translation>Si el dolor después de la sesión supera en {rise} puntos o más al de antes en {rises} de las últimas {n} sesiones, la dosis se mantiene o se suaviza.</translation>
        </message>
        <message>
            <source>A dose eased after “It hurts” in {rises} of the last {n} sessions is offered as the plan's dose.</source>
            <translation>Una dosis suavizada tras “Me duele” en {rises} de las últimas {n} sesiones se propone como dosis del plan.</translation>
        </message>
        <message>
            <source>After {n} sessions in a row at one dose, each done in full with pain {max_pain} or less afterwards, the dose goes one step up within its range: reps first, then a set more, then a longer hold.</source>
            <translation>Tras {n} sesiones seguidas con la misma dosis, todas completas y con dolor de {max_pain} o menos después, la dosis sube un paso dentro de su rango: primero las repeticiones, luego una serie más y luego un tiempo mantenido más largo.</translation>
        </message>
        <message>
            <source>At the top of its range, after {n} sessions in a row done in full with pain {max_pain} or less, an exercise moves on to its next progression, starting again at the low end of the range.</source>
            <translation>En lo más alto de su rango, tras {n} sesiones seguidas completas y con dolor de {max_pain} o menos, el ejercicio pasa a su siguiente progresión y vuelve a empezar por lo más bajo del rango.</translation>
        </message>
        <message>
            <source>When every exercise of a starter program's stage is at the top of its range and its last {n} sessions went well, the next stage's exercises come next.</source>
            <translation>Cuando todos los ejercicios de una etapa del programa inicial están en lo más alto de su rango y sus últimas {n} sesiones fueron bien, siguen los ejercicios de la etapa siguiente.</translation>
        </message>
        <message>
            <source>{title}: {finding}. {question}</source>
            <comment>an exercise's name (or Your plan), what the history shows, the question</comment>
            <translation>{title}: {finding}. {question}</translation>
        </message>
        <message>
            <source>{sets} × {hold} s hold</source>
            <comment>a dose: 2 sets of a 30 s hold</comment>
            <translation>{sets} × {hold} s mantenidos</translation>
        </message>
        <message>
            <source>{sets} × {reps}, hold {hold} s</source>
            <comment>a dose: 3 sets of 15 reps, each held 2 s</comment>
            <translation>{sets} × {reps}, manteniendo {hold} s</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <comment>points of pain, 0-10</comment>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>{low} to {high} points</source>
            <comment>points of pain, 0-10</comment>
            <translation>de {low} a {high} puntos</translation>
        </message>
        <message>
            <source>If it keeps happening, talk to your therapist.</source>
            <translation>Si sigue pasando, hable con su fisioterapeuta.</translation>
        </message>
        <message>
            <source>you stopped it for pain in the last session</source>
            <translation>lo paró por dolor en la última sesión</translation>
        </message>
        <message>
            <source>It has happened in {count} of the last {n} sessions: talk to your therapist.</source>
            <translation>Ha pasado en {count} de las últimas {n} sesiones: hable con su fisioterapeuta.</translation>
        </message>
        <message>
            <source>pain after was {points} higher than before in {count} of the last {n} sessions</source>
            <comment>{points}: 3 points, or 2 to 3 points</comment>
            <translation>el dolor después fue {points} más alto que antes en {count} de las últimas {n} sesiones</translation>
        </message>
        <message>
            <source>you eased it in {count} of the last {n} sessions</source>
            <translation>lo suavizó en {count} de las últimas {n} sesiones</translation>
        </message>
        <message>
            <source>Ask your therapist about it before the next session, and stop whenever it hurts.</source>
            <translation>Consúltelo con su fisioterapeuta antes de la próxima sesión y pare siempre que le duela.</translation>
        </message>
        <message>
            <source>Ask your therapist whether to ease it to {dose}; until then, stop whenever it hurts.</source>
            <translation>Pregunte a su fisioterapeuta si conviene bajar a {dose}; hasta entonces, pare siempre que le duela.</translation>
        </message>
        <message>
            <source>Stay at {dose}, the lowest in its range, and stop whenever it hurts.</source>
            <translation>Siga con {dose}, lo más bajo de su rango, y pare siempre que le duela.</translation>
        </message>
        <message>
            <source>Keep {dose}</source>
            <comment>a button</comment>
            <translation>Mantener {dose}</translation>
        </message>
        <message>
            <source>kept {dose}</source>
            <comment>an accepted suggestion, in the history</comment>
            <translation>se mantuvo {dose}</translation>
        </message>
        <message>
            <source>Ease the plan's dose to {dose}?</source>
            <translation>¿Bajar la dosis del plan a {dose}?</translation>
        </message>
        <message>
            <source>Ease it to {dose} for now?</source>
            <translation>¿Bajar a {dose} por ahora?</translation>
        </message>
        <message>
            <source>Ease to {dose}</source>
            <comment>a button</comment>
            <translation>Bajar a {dose}</translation>
        </message>
        <message>
            <source>{dose} to {new_dose}</source>
            <comment>a dose changed: 2 × 10 to 2 × 12</comment>
            <translation>de {dose} a {new_dose}</translation>
        </message>
        <message>
            <source>the last {n} sessions at {dose} were done in full with pain {max_pain} or less</source>
            <translation>las últimas {n} sesiones con {dose} se hicieron completas con dolor de {max_pain} o menos</translation>
        </message>
        <message>
            <source>Ask your therapist whether to try {dose}: the dose is theirs.</source>
            <translation>Pregunte a su fisioterapeuta si puede probar {dose}: es quien fijó la dosis.</translation>
        </message>
        <message>
            <source>Try {dose}?</source>
            <translation>¿Probar {dose}?</translation>
        </message>
        <message>
            <source>Try {dose}</source>
            <comment>a button</comment>
            <translation>Probar {dose}</translation>
        </message>
        <message>
            <source>the last {n} sessions at {dose}, the top of its range, were done in full with pain {max_pain} or less</source>
            <translation>las últimas {n} sesiones con {dose}, lo más alto de su rango, se hicieron completas con dolor de {max_pain} o menos</translation>
        </message>
        <message>
            <source>Ask your therapist whether to move on to its next progression: {progression}</source>
            <comment>the progression in the library's words</comment>
            <translation>Pregunte a su fisioterapeuta si puede pasar a la siguiente progresión: {progression}</translation>
        </message>
        <message>
            <source>Move on to its next progression, starting again at {dose}? {progression}</source>
            <comment>the progression in the library's words</comment>
            <translation>¿Pasar a la siguiente progresión, volviendo a empezar con {dose}? {progression}</translation>
        </message>
        <message>
            <source>Move on</source>
            <comment>a button</comment>
            <translation>Avanzar</translation>
        </message>
        <message>
            <source>every exercise of the {stage} is at the top of its range, and the last {n} sessions of each were done in full with pain {max_pain} or less</source>
            <comment>{stage}: a starter program named as a stage, such as Balance stage</comment>
            <translation>todos los ejercicios de la {stage} están en lo más alto de su rango, y las últimas {n} sesiones de cada uno se hicieron completas con dolor de {max_pain} o menos</translation>
        </message>
        <message>
            <source>Your plan</source>
            <comment>the title of a suggestion about the program's stage</comment>
            <translation>Su plan</translation>
        </message>
        <message>
            <source>Ask your therapist whether to move on to the {stage}.</source>
            <comment>{stage}: a starter program named as a stage, such as Balance stage</comment>
            <translation>Pregunte a su fisioterapeuta si puede pasar a la {stage}.</translation>
        </message>
        <message>
            <source>Move on to the {stage}? It adds {exercises}, and keeps your doses.</source>
            <comment>{exercises}: exercise names</comment>
            <translation>¿Pasar a la {stage}? Añade {exercises} y mantiene sus dosis.</translation>
        </message>
        <message>
            <source>Go to {program}</source>
            <comment>a button; a program's name</comment>
            <translation>Ir a {program}</translation>
        </message>
        <message>
            <source>{program} stage</source>
            <comment>a starter program's name as a stage: Balance stage</comment>
            <translation>etapa de {program}</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of exercise names: a, b and c</comment>
            <translation>{names} y {last}</translation>
        </message>
    </context>
    <context>
        <name>core.today</name>
        <message>
            <source>done today</source>
            <translation>hecho hoy</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>aún sin hacer</translation>
        </message>
        <message>
            <source>{movement} {side}</source>
            <comment>a movement of an exercise and a leg: inversion left leg</comment>
            <translation>{movement}, {side}</translation>
        </message>
        <message>
            <source>{done} of {total} sets done</source>
            <translation>{done} de {total} series hechas</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a part of an exercise</comment>
            <translation>hecho</translation>
        </message>
        <message>
            <source>to do</source>
            <comment>a part of an exercise</comment>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>{part} done</source>
            <comment>{part}: left leg, or a movement: inversion</comment>
            <translation>{part}: hecho</translation>
        </message>
        <message>
            <source>{part} to do</source>
            <comment>{part}: left leg, or a movement: inversion</comment>
            <translation>{part}: pendiente</translation>
        </message>
        <message>
            <source>{part} {done} of {total} sets done</source>
            <comment>{part}: left leg, or a movement</comment>
            <translation>{part}: {done} de {total} series hechas</translation>
        </message>
    </context>
    <context>
        <name>store.backup</name>
        <message>
            <source>Couldn't back up to {folder}: the disk is full. Your history is unchanged.</source>
            <translation>No se pudo hacer la copia de seguridad en {folder}: el disco está lleno. Su historial no ha cambiado.</translation>
        </message>
        <message>
            <source>Couldn't back up to {folder}: the folder can't be written to. Your history is unchanged.</source>
            <translation>No se pudo hacer la copia de seguridad en {folder}: no se puede escribir en la carpeta. Su historial no ha cambiado.</translation>
        </message>
        <message>
            <source>Couldn't back up to {folder} ({reason}). Your history is unchanged.</source>
            <comment>reason: what the system reported</comment>
            <translation>No se pudo hacer la copia de seguridad en {folder} ({reason}). Su historial no ha cambiado.</translation>
        </message>
        <message>
            <source>Couldn't back up to {folder}: the folder is not there (is the disk or USB stick connected?). Your history is unchanged.</source>
            <translation>No se pudo hacer la copia de seguridad en {folder}: la carpeta no está (¿está conectado el disco o la memoria USB?). Su historial no ha cambiado.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>No hay ninguna copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>{path} is not a history backup that can be read ({reason}). Nothing was changed.</source>
            <comment>reason: what the system reported</comment>
            <translation>{path} no es una copia de seguridad del historial que se pueda leer ({reason}). No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>{message} That backup was not restored; nothing was changed.</source>
            <comment>message: the error's own sentence</comment>
            <translation>{message} Esa copia de seguridad no se ha restaurado; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>store.db</name>
        <message>
            <source>The history file was damaged ({damage}) and has been kept as {path}. A new, empty history was started.</source>
            <comment>damage: what was wrong with it</comment>
            <translation>El archivo del historial estaba dañado ({damage}) y se ha guardado como {path}. Se ha empezado un historial nuevo, vacío.</translation>
        </message>
        <message>
            <source>The history file {path} is damaged ({damage}).</source>
            <comment>damage: what was wrong with it</comment>
            <translation>El archivo del historial {path} está dañado ({damage}).</translation>
        </message>
        <message>
            <source>not a SQLite database</source>
            <comment>what is wrong with a damaged history file</comment>
            <translation>no es una base de datos SQLite</translation>
        </message>
        <message>
            <source>its header is invalid</source>
            <comment>what is wrong with a damaged history file</comment>
            <translation>su cabecera no es válida</translation>
        </message>
        <message>
            <source>it is not a rehab-desktop history file</source>
            <comment>what is wrong with a damaged history file</comment>
            <translation>no es un archivo de historial de rehab-desktop</translation>
        </message>
        <message>
            <source>Upgrading the history file {path} failed ({reason}); it was left at version {version}. A copy from before the upgrade is in {backup}.</source>
            <comment>reason: what the system reported; backup: a file</comment>
            <translation>No se pudo actualizar el archivo del historial {path} ({reason}); se ha quedado en la versión {version}. Hay una copia de antes de la actualización en {backup}.</translation>
        </message>
        <message>
            <source>Upgrading the history file {path} failed ({reason}); it was left at version {version}.</source>
            <comment>reason: what the system reported</comment>
            <translation>No se pudo actualizar el archivo del historial {path} ({reason}); se ha quedado en la versión {version}.</translation>
        </message>
        <message>
            <source>Couldn't back up the history before upgrading it, so it was not upgraded. {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se pudo hacer una copia de seguridad del historial antes de actualizarlo, así que no se ha actualizado. {reason}</translation>
        </message>
        <message>
            <source>A new history file {path} could not be created ({reason}).</source>
            <comment>reason: what was wrong</comment>
            <translation>No se pudo crear un archivo de historial nuevo en {path} ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>store.errors</name>
        <message numerus="yes">
            <source>{message} %n unsaved record(s) kept; they will be saved at the next attempt.</source>
            <comment>message: the error's own sentence</comment>
            <translation>
                <numerusform>{message} Se guarda en memoria %n registro sin guardar; se guardará en el próximo intento.</numerusform>
                <numerusform>{message} Se guardan en memoria %n registros sin guardar; se guardarán en el próximo intento.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history file {path} was written by a newer version of rehab-desktop (schema version {file_version}; this version knows up to {app_version}). It has not been changed. Update rehab-desktop, or use a different data folder.</source>
            <translation>El archivo del historial {path} lo escribió una versión más reciente de rehab-desktop (versión de esquema {file_version}; esta versión conoce hasta la {app_version}). No se ha cambiado. Actualice rehab-desktop o use otra carpeta de datos.</translation>
        </message>
        <message>
            <source>Can't save to the history: the disk holding {folder} is full. Free some space.</source>
            <translation>No se puede guardar en el historial: el disco donde está {folder} está lleno. Libere algo de espacio.</translation>
        </message>
        <message>
            <source>Can't save to the history: {folder} (or the file {file} in it) is read-only.</source>
            <translation>No se puede guardar en el historial: {folder} (o el archivo {file} que contiene) es de solo lectura.</translation>
        </message>
        <message>
            <source>The history file {path} is in use by another program; try again in a moment.</source>
            <translation>Otro programa está usando el archivo del historial {path}; vuelva a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The history file {path} is damaged ({reason}). Restart rehab-desktop to set it aside and start a fresh history.</source>
            <comment>reason: what the system reported</comment>
            <translation>El archivo del historial {path} está dañado ({reason}). Reinicie rehab-desktop para apartarlo y empezar un historial nuevo.</translation>
        </message>
        <message>
            <source>Can't open the history file {path} ({reason}).</source>
            <comment>reason: what the system reported</comment>
            <translation>No se puede abrir el archivo del historial {path} ({reason}).</translation>
        </message>
        <message>
            <source>The disk reported an error reading or writing {path} ({reason}).</source>
            <comment>reason: what the system reported</comment>
            <translation>El disco ha dado un error al leer o escribir {path} ({reason}).</translation>
        </message>
        <message>
            <source>The history file {path} could not be used ({reason}).</source>
            <comment>reason: what the system reported</comment>
            <translation>No se pudo usar el archivo del historial {path} ({reason}).</translation>
        </message>
        <message>
            <source>Can't save to the history: the disk holding {folder} is full.</source>
            <translation>No se puede guardar en el historial: el disco donde está {folder} está lleno.</translation>
        </message>
        <message>
            <source>Can't save to the history: {folder} is read-only.</source>
            <translation>No se puede guardar en el historial: {folder} es de solo lectura.</translation>
        </message>
        <message>
            <source>Can't use the history folder {folder} ({reason}).</source>
            <comment>reason: what the system reported</comment>
            <translation>No se puede usar la carpeta del historial {folder} ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>store.history</name>
        <message>
            <source>There is no session {id} in the history.</source>
            <comment>id: the session's number</comment>
            <translation>No hay ninguna sesión {id} en el historial.</translation>
        </message>
    </context>
    <context>
        <name>store.output</name>
        <message>
            <source>Can't write {file}: the disk is full.</source>
            <translation>No se puede escribir {file}: el disco está lleno.</translation>
        </message>
        <message>
            <source>Can't write {file}: the disk or folder is read-only.</source>
            <translation>No se puede escribir {file}: el disco o la carpeta es de solo lectura.</translation>
        </message>
        <message>
            <source>Can't write {file}: permission denied.</source>
            <translation>No se puede escribir {file}: permiso denegado.</translation>
        </message>
        <message>
            <source>Can't write {file}: the folder {folder} does not exist.</source>
            <translation>No se puede escribir {file}: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Can't write {file}: {reason}.</source>
            <comment>reason: what the system reported</comment>
            <translation>No se puede escribir {file}: {reason}.</translation>
        </message>
        <message>
            <source>Can't write {file}: it is a folder. Choose a file name.</source>
            <translation>No se puede escribir {file}: es una carpeta. Elija un nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>store.own_exercises</name>
        <message>
            <source>Your own exercise '{id}' in {path} cannot be read: {reason}</source>
            <comment>id: the exercise's id; reason: what is wrong with it</comment>
            <translation>No se puede leer su ejercicio propio «{id}» de {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.common.chart_paint</name>
        <message>
            <source>No sessions yet</source>
            <translation>Aún no hay sesiones</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <source>Trend ({series})</source>
            <comment>series: a line's name, e.g. 'after'</comment>
            <translation>Tendencia ({series})</translation>
        </message>
    </context>
    <context>
        <name>ui.common.chart_specs</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 12 weeks</source>
            <translation>Últimas 12 semanas</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>Últimos 6 meses</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Hold (seconds)</source>
            <comment>what a chart shows: each set's hold</comment>
            <translation>Tiempo mantenido (segundos)</translation>
        </message>
        <message>
            <source>Reps per set</source>
            <translation>Repeticiones por serie</translation>
        </message>
        <message>
            <source>Weight (kg)</source>
            <translation>Peso (kg)</translation>
        </message>
        <message>
            <source>No pain ratings in this period</source>
            <translation>Sin valoraciones de dolor en este periodo</translation>
        </message>
        <message>
            <source>Pain before and after (0–10, weekly average)</source>
            <translation>Dolor antes y después (0–10, media semanal)</translation>
        </message>
        <message>
            <source>Pain before and after (0–10, monthly average)</source>
            <translation>Dolor antes y después (0–10, media mensual)</translation>
        </message>
        <message>
            <source>Pain before and after (0–10)</source>
            <translation>Dolor antes y después (0–10)</translation>
        </message>
        <message>
            <source>Before</source>
            <comment>pain before the session: a line's name</comment>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <comment>pain after the session: a line's name</comment>
            <translation>Después</translation>
        </message>
        <message>
            <source>Active minutes per week</source>
            <translation>Minutos activos por semana</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>{exercise}: {measure}, weekly average</source>
            <comment>measure: e.g. 'reps per set'</comment>
            <translation>{exercise}: {measure}, media semanal</translation>
        </message>
        <message>
            <source>{exercise}: {measure}, monthly average</source>
            <comment>measure: e.g. 'reps per set'</comment>
            <translation>{exercise}: {measure}, media mensual</translation>
        </message>
        <message>
            <source>{exercise}: {measure}</source>
            <comment>measure: e.g. 'reps per set'</comment>
            <translation>{exercise}: {measure}</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Target</source>
            <comment>a line's name: the dose's figure</comment>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>a line's name: what was achieved</comment>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>reps</source>
            <comment>unit after a figure on a chart's axis: '12 reps'</comment>
            <translation>rep.</translation>
        </message>
        <message>
            <source>Band: {changes}</source>
            <comment>the elastic band used; changes: e.g. 'red (from Sun 10 May) → green'</comment>
            <translation>Banda: {changes}</translation>
        </message>
        <message>
            <source>{band} (from {day})</source>
            <comment>band: its colour; day: 'Sun 10 May'</comment>
            <translation>{band} (desde el {day})</translation>
        </message>
        <message>
            <source>No sets of {exercise} in this period</source>
            <translation>Ninguna serie de {exercise} en este periodo</translation>
        </message>
        <message>
            <source>Left</source>
            <comment>the left side's line on a self-check chart</comment>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Right</source>
            <comment>the right side's line on a self-check chart</comment>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>% of normal</source>
            <translation>% de lo normal</translation>
        </message>
        <message>
            <source>No self-checks yet</source>
            <translation>Aún no hay autoevaluaciones</translation>
        </message>
        <message>
            <source>Could not be done for pain at any check in this period</source>
            <translation>No se pudo hacer por dolor en ninguna autoevaluación de este periodo</translation>
        </message>
        <message>
            <source>Not measured in this period</source>
            <translation>Sin medir en este periodo</translation>
        </message>
        <message>
            <source>Could not be done for pain: {days}.</source>
            <comment>days: e.g. 'left 4 May, right 4 May'</comment>
            <translation>No se pudo hacer por dolor: {days}.</translation>
        </message>
        <message>
            <source>Sessions per week</source>
            <translation>Sesiones por semana</translation>
        </message>
        <message>
            <source>left {day}</source>
            <comment>a check not done for pain; day: '4 May'</comment>
            <translation>izquierda {day}</translation>
        </message>
        <message>
            <source>right {day}</source>
            <comment>a check not done for pain; day: '4 May'</comment>
            <translation>derecha {day}</translation>
        </message>
    </context>
    <context>
        <name>ui.common.charts</name>
        <message>
            <source>{first} to {last}</source>
            <comment>two days: '4 May 2026 to 31 May 2026'</comment>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>{title}, {span}: {empty}.</source>
            <comment>span: '4 May 2026 to 31 May 2026'; empty: why nothing is shown</comment>
            <translation>{title}, {span}: {empty}.</translation>
        </message>
        <message>
            <source>{series}: {count} points, latest {value} ({day})</source>
            <comment>value: a figure with its unit; day: '4 May'</comment>
            <translation>{series}: {count} puntos, el último {value} ({day})</translation>
        </message>
        <message>
            <source>{series}: latest {value} (from {day})</source>
            <comment>the faint bars, e.g. sessions per week; day: '4 May'</comment>
            <translation>{series}: el último {value} (desde el {day})</translation>
        </message>
    </context>
    <context>
        <name>ui.common.formatting</name>
        <message>
            <source>{first} – {last}</source>
            <comment>dates from one year to the next: 28 December 2025 – 3 January 2026</comment>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <comment>dates in one year: {first} is a day and month (28 April), {last} a full date (3 May 2026)</comment>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <comment>dates in one month: {first} is the first day's number (4), {last} a full date (31 May 2026)</comment>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>no dose chosen</source>
            <translation>sin dosis elegida</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) × {reps} reps</source>
            <comment>{reps}: repetitions in each set</comment>
            <translation>
                <numerusform>%n serie × {reps} repeticiones</numerusform>
                <numerusform>%n series × {reps} repeticiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>hold {seconds} s</source>
            <translation>mantener {seconds} s</translation>
        </message>
        <message>
            <source>{resistance} band</source>
            <comment>an exercise band's colour as the person typed it: red band</comment>
            <translation>banda {resistance}</translation>
        </message>
        <message>
            <source>stopped the session</source>
            <translation>paró la sesión</translation>
        </message>
        <message>
            <source>skipped the exercise</source>
            <translation>saltó el ejercicio</translation>
        </message>
        <message>
            <source>went on at an easier dose</source>
            <translation>siguió con una dosis más suave</translation>
        </message>
        <message>
            <source>carried on</source>
            <translation>siguió igual</translation>
        </message>
        <message>
            <source>set {number}</source>
            <comment>which set of the exercise: set 2</comment>
            <translation>serie {number}</translation>
        </message>
        <message>
            <source>between exercises</source>
            <translation>entre ejercicios</translation>
        </message>
        <message>
            <source>pain {rating}/10</source>
            <translation>dolor {rating}/10</translation>
        </message>
    </context>
    <context>
        <name>ui.common.i18n</name>
        <message>
            <source>d MMMM</source>
            <comment>date pattern: 4 May</comment>
            <translation>d 'de' MMMM</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <comment>date pattern: 4 May 2026</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>date pattern: May 2026</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>date pattern: Monday 4 May 2026</comment>
            <translation>dddd, d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <comment>date pattern: Monday 4 May</comment>
            <translation>dddd, d 'de' MMMM</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <comment>date pattern: Mon 4 May</comment>
            <translation>ddd d MMM</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.browser</name>
        <message>
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Anterior</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Posterior</source>
            <translation>Posterior</translation>
        </message>
        <message>
            <source>Routine {place}</source>
            <comment>a badge: its place in the routine</comment>
            <translation>Rutina {place}</translation>
        </message>
        <message>
            <source>Search exercises  (Ctrl+F)</source>
            <translation>Buscar ejercicios  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search exercises</source>
            <translation>Buscar ejercicios</translation>
        </message>
        <message>
            <source>Filters the list by name, steps and equipment as you type</source>
            <translation>Filtra la lista por nombre, pasos y material mientras escribe</translation>
        </message>
        <message>
            <source>Exercise group filter</source>
            <translation>Filtro por grupo de ejercicios</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Todos los grupos</translation>
        </message>
        <message>
            <source>Impingement emphasis filter</source>
            <translation>Filtro por tipo de pinzamiento</translation>
        </message>
        <message>
            <source>Impingement type: show only the exercises the source singles out for anterior or posterior impingement</source>
            <translation>Tipo de pinzamiento: mostrar solo los ejercicios que la fuente destaca para el pinzamiento anterior o posterior</translation>
        </message>
        <message>
            <source>Equipment I have</source>
            <translation>Material que tengo</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Exercises under their four groups; Up and Down move, Enter opens</source>
            <translation>Ejercicios en sus cuatro grupos; Arriba y Abajo para moverse, Intro para abrir</translation>
        </message>
        <message>
            <source>No exercise matches.</source>
            <translation>Ningún ejercicio coincide.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Borrar búsqueda y filtros</translation>
        </message>
        <message>
            <source>Add my own exercise…</source>
            <translation>Añadir un ejercicio propio…</translation>
        </message>
        <message>
            <source>Add my own exercise</source>
            <translation>Añadir un ejercicio propio</translation>
        </message>
        <message>
            <source>An exercise your therapist gave you, with its steps and dose</source>
            <translation>Un ejercicio que le dio su fisioterapeuta, con sus pasos y su dosis</translation>
        </message>
        <message>
            <source>Copy “{name}” to my own…</source>
            <comment>a menu item; an exercise's name</comment>
            <translation>Copiar “{name}” a mis ejercicios…</translation>
        </message>
        <message>
            <source>Edit “{name}”…</source>
            <comment>a menu item; an exercise's name</comment>
            <translation>Editar “{name}”…</translation>
        </message>
        <message>
            <source>Remove “{name}”…</source>
            <comment>a menu item; an exercise's name</comment>
            <translation>Quitar “{name}”…</translation>
        </message>
        <message>
            <source>Only exercises I have the equipment for</source>
            <translation>Solo ejercicios con el material que tengo</translation>
        </message>
        <message>
            <source>Hidden: exercises that need {equipment}. Tick what you have to show them.</source>
            <comment>{equipment}: a list of items</comment>
            <translation>Ocultos: ejercicios que necesitan {equipment}. Marque lo que tiene para mostrarlos.</translation>
        </message>
        <message>
            <source>Equipment: all exercises</source>
            <translation>Material: todos los ejercicios</translation>
        </message>
        <message>
            <source>Untick equipment you don't have, and the exercises that need it are hidden.</source>
            <translation>Desmarque el material que no tiene y se ocultarán los ejercicios que lo necesitan.</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.guide</name>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Stop and get help</source>
            <translation>Pare y pida ayuda</translation>
        </message>
        <message>
            <source>What to avoid</source>
            <translation>Qué evitar</translation>
        </message>
        <message>
            <source>How the program builds up</source>
            <translation>Cómo avanza el programa</translation>
        </message>
        <message>
            <source>What the exercises are for</source>
            <translation>Para qué sirven los ejercicios</translation>
        </message>
        <message>
            <source>Source</source>
            <comment>a heading: where the exercises come from</comment>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Program guidance</source>
            <translation>Guía del programa</translation>
        </message>
        <message>
            <source>Program guidance text</source>
            <translation>Texto de la guía del programa</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.instructions</name>
        <message>
            <source>Step {number}: {text}</source>
            <comment>{text}: the step's words</comment>
            <translation>Paso {number}: {text}</translation>
        </message>
        <message>
            <source>current step</source>
            <translation>paso actual</translation>
        </message>
        <message>
            <source>(your step now)</source>
            <comment>after the progression moved on to last</comment>
            <translation>(su paso actual)</translation>
        </message>
        <message>
            <source>(moved on from it)</source>
            <comment>after an earlier progression, since moved on from</comment>
            <translation>(ya superado)</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <source>Exercise name</source>
            <translation>Nombre del ejercicio</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Pacing</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Equipment</source>
            <comment>a heading</comment>
            <translation>Material</translation>
        </message>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>Steps</source>
            <comment>a heading</comment>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Step position</source>
            <translation>Posición en los pasos</translation>
        </message>
        <message>
            <source>Previous</source>
            <comment>a step</comment>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Paso anterior</translation>
        </message>
        <message>
            <source>Previous step (Left or Page Up)</source>
            <translation>Paso anterior (Izquierda o Re Pág)</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>a step</comment>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Next step (Right or Page Down)</source>
            <translation>Paso siguiente (Derecha o Av Pág)</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Precauciones</translation>
        </message>
        <message>
            <source>Take care</source>
            <comment>the cautions' heading</comment>
            <translation>Precaución</translation>
        </message>
        <message>
            <source>Impingement type</source>
            <comment>a heading</comment>
            <translation>Tipo de pinzamiento</translation>
        </message>
        <message>
            <source>Progressions and variants</source>
            <translation>Progresiones y variantes</translation>
        </message>
        <message>
            <source>Source credit</source>
            <translation>Fuente del contenido</translation>
        </message>
        <message>
            <source>{group}  ·  your own exercise</source>
            <comment>{group}: the exercise's group</comment>
            <translation>{group}  ·  ejercicio propio</translation>
        </message>
        <message>
            <source>{group}  ·  exercise {number} of {count}</source>
            <comment>{group}: the exercise's group</comment>
            <translation>{group}  ·  ejercicio {number} de {count}</translation>
        </message>
        <message>
            <source>(optional)</source>
            <comment>after an item of equipment</comment>
            <translation>(opcional)</translation>
        </message>
        <message>
            <source>* The app's suggestion: the source article gives no figure here.</source>
            <translation>* Sugerencia de la aplicación: el artículo original no da una cifra aquí.</translation>
        </message>
        <message>
            <source>Step {step} of {count}</source>
            <translation>Paso {step} de {count}</translation>
        </message>
        <message>
            <source>Instructions, step {step} of {count}: {text}</source>
            <comment>{text}: the step's words</comment>
            <translation>Instrucciones, paso {step} de {count}: {text}</translation>
        </message>
        <message>
            <source>Source: {credit}</source>
            <comment>{credit}: the article's title, author and date</comment>
            <translation>Fuente: {credit}</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.model</name>
        <message>
            <source>Your own · </source>
            <translation>Propio · </translation>
        </message>
        <message>
            <source>In the routine, number {place}.</source>
            <translation>En la rutina, número {place}.</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.own_actions</name>
        <message>
            <source>Your history and plans that name it keep its name; it is no longer offered.</source>
            <translation>Su historial y los planes que lo incluyen conservan su nombre; ya no se ofrecerá.</translation>
        </message>
        <message>
            <source>It has never been done, so it is deleted.</source>
            <translation>Nunca se ha hecho, así que se borrará.</translation>
        </message>
        <message>
            <source>Remove “{name}”?</source>
            <comment>an exercise's name</comment>
            <translation>¿Quitar “{name}”?</translation>
        </message>
        <message>
            <source>“{name}” removed (kept in your history)</source>
            <comment>an exercise's name</comment>
            <translation>“{name}” quitado (se conserva en su historial)</translation>
        </message>
        <message>
            <source>“{name}” removed</source>
            <comment>an exercise's name</comment>
            <translation>“{name}” quitado</translation>
        </message>
        <message>
            <source>Your own exercises are kept with the history, which is off.</source>
            <translation>Sus ejercicios propios se guardan con el historial, que está desactivado.</translation>
        </message>
        <message>
            <source>“{name}” saved with your own exercises</source>
            <comment>an exercise's name</comment>
            <translation>“{name}” guardado con sus ejercicios propios</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>Quitar ejercicio</translation>
        </message>
    </context>
    <context>
        <name>ui.exercises.own_editor</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Cautions</source>
            <translation>Precauciones</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Material</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Where it came from</source>
            <translation>De dónde viene</translation>
        </message>
        <message>
            <source>reps</source>
            <translation>repeticiones</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>tiempo mantenido</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>Second movement</source>
            <translation>Segundo movimiento</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movimiento</translation>
        </message>
        <message>
            <source>{movement}, {field}</source>
            <comment>Movement, reps</comment>
            <translation>{movement}, {field}</translation>
        </message>
        <message>
            <source>{name}, fewest</source>
            <comment>a range's low end</comment>
            <translation>{name}, mínimo</translation>
        </message>
        <message>
            <source>{name}, most</source>
            <comment>a range's high end</comment>
            <translation>{name}, máximo</translation>
        </message>
        <message>
            <source>to</source>
            <comment>a range: 10 to 15</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>{movement}: name</source>
            <translation>{movement}: nombre</translation>
        </message>
        <message>
            <source>For example: Inversion</source>
            <translation>Por ejemplo: Inversión</translation>
        </message>
        <message>
            <source>{movement}: timed as</source>
            <translation>{movement}: cronometrar como</translation>
        </message>
        <message>
            <source>A hold, timed</source>
            <translation>Posición mantenida, cronometrada</translation>
        </message>
        <message>
            <source>Repetitions, paced</source>
            <translation>Repeticiones, con ritmo</translation>
        </message>
        <message>
            <source>Timed as</source>
            <translation>Cronometrar como</translation>
        </message>
        <message>
            <source>{movement}: repetitions</source>
            <translation>{movement}: repeticiones</translation>
        </message>
        <message>
            <source>{movement}: hold, seconds</source>
            <translation>{movement}: tiempo mantenido, segundos</translation>
        </message>
        <message>
            <source>{movement}: pause at the end of each repetition, seconds</source>
            <translation>{movement}: pausa al final de cada repetición, segundos</translation>
        </message>
        <message>
            <source>{movement}: steps, one per line</source>
            <translation>{movement}: pasos, uno por línea</translation>
        </message>
        <message>
            <source>One step per line</source>
            <translation>Un paso por línea</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold (s)</source>
            <translation>Mantener (s)</translation>
        </message>
        <message>
            <source>Pause each rep (s)</source>
            <translation>Pausa por repetición (s)</translation>
        </message>
        <message>
            <source>Edit my exercise</source>
            <translation>Editar mi ejercicio</translation>
        </message>
        <message>
            <source>New exercise of my own</source>
            <translation>Nuevo ejercicio propio</translation>
        </message>
        <message>
            <source>Optional: where to stand or sit, what to hold</source>
            <translation>Opcional: dónde ponerse de pie o sentarse, a qué agarrarse</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Slowest tempo, seconds each way</source>
            <translation>Ritmo más lento, segundos en cada sentido</translation>
        </message>
        <message>
            <source>A second movement (for example the other direction)</source>
            <translation>Un segundo movimiento (por ejemplo, en el otro sentido)</translation>
        </message>
        <message>
            <source>Cautions, one per line</source>
            <translation>Precauciones, una por línea</translation>
        </message>
        <message>
            <source>Optional, one per line: what to watch for, when to stop</source>
            <translation>Opcional, una por línea: qué vigilar, cuándo parar</translation>
        </message>
        <message>
            <source>Equipment, one per line</source>
            <translation>Material, uno por línea</translation>
        </message>
        <message>
            <source>Optional, one per line</source>
            <translation>Opcional, uno por línea</translation>
        </message>
        <message>
            <source>Optional, for example: from my therapist, 3 Nov</source>
            <translation>Opcional, por ejemplo: de mi fisioterapeuta, 3 nov</translation>
        </message>
        <message>
            <source>Tempo (s)</source>
            <translation>Ritmo (s)</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Procedencia</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>First movement</source>
            <translation>Primer movimiento</translation>
        </message>
        <message>
            <source>First</source>
            <comment>the first movement's name</comment>
            <translation>Primero</translation>
        </message>
        <message>
            <source>Second</source>
            <comment>the second movement's name</comment>
            <translation>Segundo</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <comment>Steps: must list at least one item</comment>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>Name: there is already an exercise called “{name}”</source>
            <translation>Nombre: ya hay un ejercicio llamado “{name}”</translation>
        </message>
    </context>
    <context>
        <name>ui.figures.export</name>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end of the movement</source>
            <translation>final del movimiento</translation>
        </message>
        <message>
            <source>held</source>
            <translation>posición mantenida</translation>
        </message>
        <message>
            <source>halfway</source>
            <translation>a medio camino</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>{figure} (both feet together)</source>
            <comment>an exercise's name</comment>
            <translation>{figure} (los dos pies a la vez)</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>ambas piernas</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>pierna derecha</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>pierna izquierda</translation>
        </message>
        <message>
            <source>{figure}, {leg}, {pose}. Drawn by {app}.</source>
            <comment>a picture's description: the exercise, the leg, the pose ('held'), the app's name</comment>
            <translation>{figure}, {leg}, {pose}. Dibujo de {app}.</translation>
        </message>
        <message>
            <source>Can't write pictures into {folder}: it is a file, not a folder.</source>
            <translation>No se pueden guardar las imágenes en {folder}: es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>Can't write pictures into {folder}: the folder {parent} does not exist.</source>
            <translation>No se pueden guardar las imágenes en {folder}: la carpeta {parent} no existe.</translation>
        </message>
        <message>
            <source>Can't make the folder {folder}: {reason}.</source>
            <comment>the reason: 'permission denied'</comment>
            <translation>No se puede crear la carpeta {folder}: {reason}.</translation>
        </message>
        <message>
            <source>Can't write pictures into {folder}: {reason}.</source>
            <comment>the reason: 'permission denied'</comment>
            <translation>No se pueden guardar las imágenes en {folder}: {reason}.</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>it is read-only</source>
            <translation>es de solo lectura</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
    </context>
    <context>
        <name>ui.figures.view</name>
        <message>
            <source>No drawing for this exercise yet: follow the written steps.</source>
            <translation>Aún no hay dibujo para este ejercicio: siga los pasos escritos.</translation>
        </message>
    </context>
    <context>
        <name>ui.history.calendar</name>
        <message>
            <source>Session done</source>
            <translation>Sesión hecha</translation>
        </message>
        <message>
            <source>Partly done (sets skipped)</source>
            <translation>Hecha en parte (series saltadas)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>Planned, missed</source>
            <translation>Prevista, no hecha</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Days of the month</source>
            <translation>Días del mes</translation>
        </message>
        <message>
            <source>Calendar of sessions</source>
            <translation>Calendario de sesiones</translation>
        </message>
        <message>
            <source>Calendar key</source>
            <translation>Leyenda del calendario</translation>
        </message>
        <message>
            <source>a filled dot</source>
            <translation>un punto relleno</translation>
        </message>
        <message>
            <source>a half-filled dot</source>
            <translation>un punto relleno a medias</translation>
        </message>
        <message>
            <source>a grey ring</source>
            <translation>un círculo gris</translation>
        </message>
        <message>
            <source>an orange ring</source>
            <translation>un círculo naranja</translation>
        </message>
    </context>
    <context>
        <name>ui.history.exports</name>
        <message>
            <source>Last 4 weeks</source>
            <translation>Últimas 4 semanas</translation>
        </message>
        <message>
            <source>Last 6 weeks</source>
            <translation>Últimas 6 semanas</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>Últimos 3 meses</translation>
        </message>
        <message>
            <source>Since the first session</source>
            <translation>Desde la primera sesión</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>Therapist summary</source>
            <translation>Resumen para el fisioterapeuta</translation>
        </message>
        <message>
            <source>US Letter</source>
            <comment>a paper size</comment>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>P&amp;aper:</source>
            <translation>P&amp;apel:</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>Exportar el historial como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV was not written. {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se ha escrito el CSV. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to {path}.</source>
            <translation>
                <numerusform>Se ha escrito %n fila en {path}.</numerusform>
                <numerusform>Se han escrito %n filas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save therapist summary</source>
            <translation>Guardar el resumen para el fisioterapeuta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The summary was not written. {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se ha escrito el resumen. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Saved the therapist summary (%n page(s)) to {path}.</source>
            <translation>
                <numerusform>Se ha guardado el resumen para el fisioterapeuta (%n página) en {path}.</numerusform>
                <numerusform>Se ha guardado el resumen para el fisioterapeuta (%n páginas) en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <comment>opens the file just saved</comment>
            <translation>Abrir</translation>
        </message>
    </context>
    <context>
        <name>ui.history.log_dialog</name>
        <message>
            <source>{exercise}: sets done</source>
            <translation>{exercise}: series hechas</translation>
        </message>
        <message>
            <source> sets</source>
            <comment>after the number of sets: '3 sets'</comment>
            <translation> series</translation>
        </message>
        <message>
            <source>{exercise}: reps in each set</source>
            <translation>{exercise}: repeticiones en cada serie</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after the number of reps: '12 reps'</comment>
            <translation> rep.</translation>
        </message>
        <message>
            <source>{exercise}: hold in seconds</source>
            <translation>{exercise}: tiempo mantenido en segundos</translation>
        </message>
        <message>
            <source>Log a session</source>
            <translation>Registrar una sesión</translation>
        </message>
        <message>
            <source>A session you did without the timer. It is marked “entered by hand” in the history and the therapist summary.</source>
            <translation>Una sesión que hizo sin el temporizador. Aparece marcada como “registrada a mano” en el historial y en el resumen para el fisioterapeuta.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <comment>the time of day</comment>
            <translation>Hora</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Día</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <comment>the time of day</comment>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>Exercise</source>
            <comment>column heading</comment>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Sets done</source>
            <comment>column heading</comment>
            <translation>Series hechas</translation>
        </message>
        <message>
            <source>Reps</source>
            <comment>column heading</comment>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>column heading: the hold's seconds</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>no pain</source>
            <comment>what 0 means on the pain scale</comment>
            <translation>sin dolor</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <comment>what 10 means on the pain scale</comment>
            <translation>el peor imaginable</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Dolor antes</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Dolor después</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Where, what was different (optional)</source>
            <translation>Dónde, qué fue distinto (opcional)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Tick at least one exercise you did.</source>
            <translation>Marque al menos un ejercicio que haya hecho.</translation>
        </message>
        <message>
            <source>That time is still to come: choose when the session was.</source>
            <translation>Esa hora todavía no ha llegado: elija cuándo fue la sesión.</translation>
        </message>
    </context>
    <context>
        <name>ui.history.pane</name>
        <message>
            <source>History is unavailable: the history file could not be opened, so past sessions can't be shown. The message in the status bar says why. The timer works as usual.</source>
            <translation>El historial no está disponible: no se pudo abrir el archivo del historial, así que no se pueden mostrar las sesiones anteriores. El mensaje de la barra de estado explica por qué. El temporizador funciona como siempre.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Therapist summar&amp;y (PDF)…</source>
            <translation>Resumen para el fisioterapeuta (P&amp;DF)…</translation>
        </message>
        <message>
            <source>&amp;Log a session…</source>
            <translation>Registrar u&amp;na sesión…</translation>
        </message>
        <message>
            <source>Enter a session you did without the timer</source>
            <translation>Anote una sesión que hizo sin el temporizador</translation>
        </message>
        <message>
            <source>Log a session done without the timer</source>
            <translation>Registrar una sesión hecha sin el temporizador</translation>
        </message>
        <message>
            <source>Export every set as a CSV file</source>
            <translation>Exportar todas las series en un archivo CSV</translation>
        </message>
        <message>
            <source>Therapist summary as a PDF file</source>
            <translation>Resumen para el fisioterapeuta en un archivo PDF</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <comment>a tab of the History page</comment>
            <translation>Ses&amp;iones</translation>
        </message>
        <message>
            <source>P&amp;rogress</source>
            <comment>a tab of the History page</comment>
            <translation>Pro&amp;greso</translation>
        </message>
        <message>
            <source>Progr&amp;am</source>
            <comment>a tab of the History page</comment>
            <translation>P&amp;rograma</translation>
        </message>
        <message>
            <source>Dose cha&amp;nges</source>
            <comment>a tab of the History page</comment>
            <translation>Cam&amp;bios de dosis</translation>
        </message>
        <message>
            <source>Self-chec&amp;k</source>
            <comment>a tab of the History page</comment>
            <translation>Autoeva&amp;luación</translation>
        </message>
        <message numerus="yes">
            <source>From {day} to today, %n of them partly done</source>
            <comment>the sessions this week; day: '4 May 2026'</comment>
            <translation>
                <numerusform>Del {day} a hoy; %n de ellas hecha en parte</numerusform>
                <numerusform>Del {day} a hoy; %n de ellas hechas en parte</numerusform>
            </translation>
        </message>
        <message>
            <source>From {day} to today</source>
            <comment>day: '4 May 2026'</comment>
            <translation>Del {day} a hoy</translation>
        </message>
        <message>
            <source>Since {day}</source>
            <comment>the streak's first day: '4 May 2026'</comment>
            <translation>Desde el {day}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <comment>two days: '4 May 2026'</comment>
            <translation>Del {first} al {last}</translation>
        </message>
        <message>
            <source>planned days kept,
last 4 weeks</source>
            <comment>a figure's caption, two lines</comment>
            <translation>plan cumplido,
últimas 4 semanas</translation>
        </message>
        <message>
            <source>{kept} of {expected} planned days</source>
            <translation>{kept} de {expected} días previstos</translation>
        </message>
        <message>
            <source>{kept} of {expected} days</source>
            <translation>{kept} de {expected} días</translation>
        </message>
        <message numerus="yes">
            <source>{month}: %n session(s)</source>
            <comment>month: 'May 2026'</comment>
            <translation>
                <numerusform>{month}: %n sesión</numerusform>
                <numerusform>{month}: %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>No sessions in {month}</source>
            <comment>month: 'May 2026'</comment>
            <translation>Ninguna sesión en {month}</translation>
        </message>
        <message>
            <source>No sessions yet. Finished sessions appear here, with their exercises, pain ratings and notes.</source>
            <translation>Aún no hay sesiones. Las sesiones terminadas aparecen aquí, con sus ejercicios, valoraciones de dolor y notas.</translation>
        </message>
        <message>
            <source>No sessions in {month}.</source>
            <comment>month: 'May 2026'</comment>
            <translation>Ninguna sesión en {month}.</translation>
        </message>
        <message>
            <source>This session can't be shown: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se puede mostrar esta sesión: {reason}</translation>
        </message>
        <message>
            <source>The notes were not saved: {reason} What you typed is kept; save it again later.</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se han guardado las notas: {reason} Lo que escribió se conserva; guárdelo de nuevo más tarde.</translation>
        </message>
        <message>
            <source>Notes saved.</source>
            <translation>Notas guardadas.</translation>
        </message>
        <message>
            <source>{day} at {time}</source>
            <comment>day: 'Monday 4 May 2026'; time: '18:05'</comment>
            <translation>{day} a las {time}</translation>
        </message>
        <message>
            <source>Deleted the session of {when}.</source>
            <comment>when: 'Monday 4 May 2026 at 18:05'</comment>
            <translation>Se ha eliminado la sesión del {when}.</translation>
        </message>
        <message>
            <source>The session was not deleted: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se ha eliminado la sesión: {reason}</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Eliminar la sesión</translation>
        </message>
        <message>
            <source>Delete the session of {when}?

Its {sets} completed sets, pain ratings and notes will be removed. You can undo this straight after.</source>
            <comment>when: 'Monday 4 May 2026 at 18:05'; sets: a number</comment>
            <translation>¿Eliminar la sesión del {when}?

Se eliminarán sus series completadas ({sets}), sus valoraciones de dolor y sus notas. Puede deshacerlo justo después.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>The session could not be restored: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se pudo recuperar la sesión: {reason}</translation>
        </message>
        <message>
            <source>Session restored.</source>
            <translation>Sesión recuperada.</translation>
        </message>
        <message>
            <source>The session was not removed: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se ha quitado la sesión: {reason}</translation>
        </message>
        <message>
            <source>Removed the session logged for {day} at {time}.</source>
            <comment>day: 'Monday 4 May 2026'; time: '18:05'</comment>
            <translation>Se ha quitado la sesión registrada del {day} a las {time}.</translation>
        </message>
        <message>
            <source>The session was not saved: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se ha guardado la sesión: {reason}</translation>
        </message>
        <message>
            <source>Logged the session of {day}, marked as entered by hand.</source>
            <comment>day: 'Monday 4 May 2026'</comment>
            <translation>Se ha registrado la sesión del {day}, marcada como registrada a mano.</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <comment>the notice's button: brings back what was just deleted</comment>
            <translation>Des&amp;hacer</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>a streak's length</comment>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>session(s)
this week</source>
            <comment>a figure's caption, two lines</comment>
            <translation>
                <numerusform>sesión
esta semana</numerusform>
                <numerusform>sesiones
esta semana</numerusform>
            </translation>
        </message>
        <message>
            <source>current
streak</source>
            <comment>a figure's caption, two lines</comment>
            <translation>racha
actual</translation>
        </message>
        <message>
            <source>longest
streak</source>
            <comment>a figure's caption, two lines</comment>
            <translation>racha
más larga</translation>
        </message>
        <message>
            <source>days active,
last 4 weeks</source>
            <comment>a figure's caption, two lines</comment>
            <translation>días con actividad,
últimas 4 semanas</translation>
        </message>
    </context>
    <context>
        <name>ui.history.program_view</name>
        <message>
            <source>Your weekly plan over time, newest first. Each version is in force from the day it started until the next one begins, so the days already past keep the plan they had.</source>
            <translation>Su plan semanal a lo largo del tiempo, el más reciente primero. Cada versión está vigente desde el día en que empezó hasta que empieza la siguiente, así que los días ya pasados conservan el plan que tenían.</translation>
        </message>
        <message>
            <source>No weekly plan yet. Make one on the Plan page; each change you make later starts a new version here.</source>
            <translation>Aún no hay plan semanal. Haga uno en la página Plan; cada cambio que haga después empieza aquí una versión nueva.</translation>
        </message>
        <message>
            <source>Not started yet</source>
            <translation>Aún sin empezar</translation>
        </message>
        <message>
            <source>From {day} (in force now)</source>
            <comment>day: 'Wednesday 13 May 2026'</comment>
            <translation>Desde el {day} (vigente ahora)</translation>
        </message>
        <message>
            <source>From {day} (still to come)</source>
            <comment>day: 'Wednesday 13 May 2026'</comment>
            <translation>Desde el {day} (todavía por llegar)</translation>
        </message>
        <message>
            <source>From {day} (to {until})</source>
            <comment>day: 'Wednesday 13 May 2026'; until: '20 May 2026'</comment>
            <translation>Desde el {day} (hasta el {until})</translation>
        </message>
        <message>
            <source>From {day} (earlier)</source>
            <comment>day: 'Wednesday 13 May 2026'</comment>
            <translation>Desde el {day} (anterior)</translation>
        </message>
        <message numerus="yes">
            <source>“{name}”: %n exercise(s) a week</source>
            <comment>name: the plan's name</comment>
            <translation>
                <numerusform>“{name}”: %n ejercicio a la semana</numerusform>
                <numerusform>“{name}”: %n ejercicios a la semana</numerusform>
            </translation>
        </message>
        <message>
            <source>Prescribed by {who} on {day}</source>
            <comment>who: the therapist's name; day: '4 May 2026'</comment>
            <translation>Prescrito por {who} el {day}</translation>
        </message>
        <message>
            <source>Prescribed by {who}</source>
            <comment>who: the therapist's name</comment>
            <translation>Prescrito por {who}</translation>
        </message>
        <message>
            <source>From the program file {file}</source>
            <translation>Del archivo de programa {file}</translation>
        </message>
        <message>
            <source>Prescribed doses: {doses}</source>
            <comment>doses: each exercise's, separated by semicolons</comment>
            <translation>Dosis prescritas: {doses}</translation>
        </message>
        <message>
            <source>Program: the plan's versions</source>
            <translation>Programa: las versiones del plan</translation>
        </message>
        <message>
            <source>History is off, so the plan's versions are not kept.</source>
            <translation>El historial está desactivado, así que no se guardan las versiones del plan.</translation>
        </message>
        <message>
            <source>The plan's versions could not be read: {reason}</source>
            <comment>reason: the error's own sentence</comment>
            <translation>No se pudieron leer las versiones del plan: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.history.progress</name>
        <message>
            <source>Period shown in the charts</source>
            <translation>Periodo que muestran los gráficos</translation>
        </message>
        <message>
            <source>Exercise to chart</source>
            <translation>Ejercicio del gráfico</translation>
        </message>
        <message>
            <source>What to chart for the exercise</source>
            <translation>Qué mostrar del ejercicio en el gráfico</translation>
        </message>
        <message>
            <source>Self-check measure to chart</source>
            <translation>Medida de autoevaluación del gráfico</translation>
        </message>
        <message>
            <source>Exercise progress</source>
            <translation>Progreso del ejercicio</translation>
        </message>
        <message>
            <source>Perio&amp;d:</source>
            <translation>&amp;Fechas:</translation>
        </message>
        <message>
            <source>E&amp;xercise:</source>
            <translation>E&amp;jercicio:</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Medida:</translation>
        </message>
    </context>
    <context>
        <name>ui.history.session_detail</name>
        <message>
            <source>Left foot on the pad</source>
            <translation>Pie izquierdo sobre el cojín</translation>
        </message>
        <message>
            <source>Right foot on the pad</source>
            <translation>Pie derecho sobre el cojín</translation>
        </message>
        <message>
            <source>{holds} s (target {target})</source>
            <comment>holds: each set's seconds, '28, 30'; target: '30 s'</comment>
            <translation>{holds} s (objetivo {target})</translation>
        </message>
        <message>
            <source>{reps} reps (target {target})</source>
            <comment>reps: each set's reps, '12, 10'; target: a number</comment>
            <translation>{reps} repeticiones (objetivo {target})</translation>
        </message>
        <message>
            <source>none completed</source>
            <comment>no set of it was completed</comment>
            <translation>ninguna completada</translation>
        </message>
        <message numerus="yes">
            <source>{done}; %n skipped</source>
            <comment>done: what was achieved, e.g. '12, 10 reps (target 12)'; %n: sets skipped</comment>
            <translation>
                <numerusform>{done}; %n saltada</numerusform>
                <numerusform>{done}; %n saltadas</numerusform>
            </translation>
        </message>
        <message>
            <source>No session selected.</source>
            <translation>Ninguna sesión seleccionada.</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Detalles de la sesión</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>Notas de la sesión</translation>
        </message>
        <message>
            <source>How it went, what your therapist said…</source>
            <translation>Cómo fue, qué le dijo su fisioterapeuta…</translation>
        </message>
        <message>
            <source>S&amp;ave notes</source>
            <translation>Guar&amp;dar notas</translation>
        </message>
        <message>
            <source>Save the session's notes</source>
            <translation>Guardar las notas de la sesión</translation>
        </message>
        <message>
            <source>&amp;Delete session…</source>
            <translation>Eli&amp;minar sesión…</translation>
        </message>
        <message>
            <source>Delete this session</source>
            <translation>Eliminar esta sesión</translation>
        </message>
        <message>
            <source>in progress</source>
            <comment>a session not finished yet</comment>
            <translation>en curso</translation>
        </message>
        <message>
            <source>{minutes} in sets</source>
            <comment>minutes: '36 min'</comment>
            <translation>{minutes} en series</translation>
        </message>
        <message>
            <source>pain {before_after}</source>
            <comment>before_after: pain before and after the session, '5 → 3'</comment>
            <translation>dolor {before_after}</translation>
        </message>
        <message>
            <source>effort {effort}/10</source>
            <translation>esfuerzo {effort}/10</translation>
        </message>
        <message>
            <source>entered by hand</source>
            <translation>registrada a mano</translation>
        </message>
        <message>
            <source>Finish the session first.</source>
            <translation>Termine antes la sesión.</translation>
        </message>
        <message>
            <source>eased after pain</source>
            <comment>the dose was made easier when it hurt</comment>
            <translation>suavizada tras dolor</translation>
        </message>
        <message>
            <source>Exercise</source>
            <comment>column heading</comment>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Sets</source>
            <comment>column heading</comment>
            <translation>Series</translation>
        </message>
        <message>
            <source>Achieved</source>
            <comment>column heading</comment>
            <translation>Conseguido</translation>
        </message>
        <message>
            <source>No sets were recorded in this session.</source>
            <translation>No se registró ninguna serie en esta sesión.</translation>
        </message>
        <message>
            <source>Pain flags ({count})</source>
            <comment>a heading: the times it hurt during the session</comment>
            <translation>Avisos de dolor ({count})</translation>
        </message>
    </context>
    <context>
        <name>ui.history.session_list</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>by hand</source>
            <comment>a session entered by hand, not timed</comment>
            <translation>a mano</translation>
        </message>
        <message>
            <source>now</source>
            <comment>the length of a session still in progress</comment>
            <translation>ahora</translation>
        </message>
        <message>
            <source>in progress</source>
            <comment>a session not finished yet</comment>
            <translation>en curso</translation>
        </message>
        <message>
            <source>{day} at {time}, {length}, {exercises} exercises, {sets} sets, pain {before_after}</source>
            <comment>day: 'Monday 4 May 2026'; time: '18:05'; length: '36 min'; before_after: pain before and after, '5 → 3'</comment>
            <translation>{day} a las {time}, {length}, {exercises} ejercicios, {sets} series, dolor {before_after}</translation>
        </message>
        <message numerus="yes">
            <source>, %n pain flag(s)</source>
            <comment>the times it hurt, after the rest</comment>
            <translation>
                <numerusform>, %n aviso de dolor</numerusform>
                <numerusform>, %n avisos de dolor</numerusform>
            </translation>
        </message>
        <message>
            <source>, entered by hand</source>
            <comment>after the rest of the sentence</comment>
            <translation>, registrada a mano</translation>
        </message>
        <message>
            <source>Sessions this month</source>
            <translation>Sesiones de este mes</translation>
        </message>
    </context>
    <context>
        <name>ui.history.steps_view</name>
        <message>
            <source>No sessions in this period</source>
            <translation>Ninguna sesión en este periodo</translation>
        </message>
        <message>
            <source>Pain</source>
            <comment>the name of the pain band, at the left of a chart</comment>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <comment>two days: '4 May 2026 to 31 May 2026'</comment>
            <translation>del {first} al {last}</translation>
        </message>
        <message>
            <source>{day}, moved to the next stage: {detail}</source>
            <comment>day: '5 March 2024'; detail: the stage's name</comment>
            <translation>{day}, paso a la siguiente etapa: {detail}</translation>
        </message>
        <message>
            <source>{day}, moved to the next stage</source>
            <comment>day: '5 March 2024'</comment>
            <translation>{day}, paso a la siguiente etapa</translation>
        </message>
        <message>
            <source>{day}, suggestion accepted: {detail}</source>
            <comment>day: '5 March 2024'; detail: what changed, '2 × 10 to 2 × 12'</comment>
            <translation>{day}, sugerencia aceptada: {detail}</translation>
        </message>
        <message>
            <source>{day}, suggestion accepted</source>
            <comment>day: '5 March 2024'</comment>
            <translation>{day}, sugerencia aceptada</translation>
        </message>
        <message numerus="yes">
            <source>{dose} from {day} (%n session(s), made easier after It hurts)</source>
            <comment>dose: '2 × 10'; day: '4 May 2026', the only day; It hurts: the timer's button</comment>
            <translation>
                <numerusform>{dose} el {day} (%n sesión, suavizada tras “Me duele”)</numerusform>
                <numerusform>{dose} el {day} (%n sesiones, suavizada tras “Me duele”)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dose} from {day} (%n session(s))</source>
            <comment>dose: '2 × 10'; day: '4 May 2026', the only day</comment>
            <translation>
                <numerusform>{dose} el {day} (%n sesión)</numerusform>
                <numerusform>{dose} el {day} (%n sesiones)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dose} from {day} to {last} (%n session(s), made easier after It hurts)</source>
            <comment>dose: '2 × 10'; day, last: '4 May 2026'; It hurts: the timer's button</comment>
            <translation>
                <numerusform>{dose} del {day} al {last} (%n sesión, suavizada tras “Me duele”)</numerusform>
                <numerusform>{dose} del {day} al {last} (%n sesiones, suavizada tras “Me duele”)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dose} from {day} to {last} (%n session(s))</source>
            <comment>dose: '2 × 10'; day, last: '4 May 2026'</comment>
            <translation>
                <numerusform>{dose} del {day} al {last} (%n sesión)</numerusform>
                <numerusform>{dose} del {day} al {last} (%n sesiones)</numerusform>
            </translation>
        </message>
        <message>
            <source>not rated</source>
            <comment>no pain rating was given</comment>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <comment>a range of pain ratings, '2 to 5'</comment>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <source>{name}, {span}: no sessions in this period.</source>
            <comment>name: an exercise's; span: '4 May 2026 to 31 May 2026'</comment>
            <translation>{name}, {span}: ninguna sesión en este periodo.</translation>
        </message>
        <message>
            <source>{count} more steps</source>
            <comment>steps of the dose not named one by one</comment>
            <translation>{count} tramos más</translation>
        </message>
        <message>
            <source>{name}, {span}. Dose: {steps}.</source>
            <comment>name: an exercise's; steps: each dose with its days, separated by semicolons</comment>
            <translation>{name}, {span}. Dosis: {steps}.</translation>
        </message>
        <message>
            <source>Marks: {marks}.</source>
            <comment>the suggestions accepted, separated by semicolons</comment>
            <translation>Marcas: {marks}.</translation>
        </message>
        <message>
            <source>Pain (weekly median, 0 to 10): before {before}, after {after}.</source>
            <comment>before, after: a rating or a range, '2 to 5'</comment>
            <translation>Dolor (mediana semanal, de 0 a 10): antes {before}, después {after}.</translation>
        </message>
        <message>
            <source>Pain (0 to 10): before {before}, after {after}.</source>
            <comment>before, after: a rating or a range, '2 to 5'</comment>
            <translation>Dolor (de 0 a 10): antes {before}, después {after}.</translation>
        </message>
        <message>
            <source>No pain ratings.</source>
            <translation>Sin valoraciones de dolor.</translation>
        </message>
        <message>
            <source>{name}: dose over time</source>
            <comment>name: an exercise's</comment>
            <translation>{name}: dosis a lo largo del tiempo</translation>
        </message>
        <message>
            <source>{name}: no sessions in this period</source>
            <comment>name: an exercise's</comment>
            <translation>{name}: ninguna sesión en este periodo</translation>
        </message>
        <message>
            <source>Period shown in the dose steps</source>
            <translation>Periodo que muestran los cambios de dosis</translation>
        </message>
        <message>
            <source>Period sho&amp;wn:</source>
            <translation>Periodo &amp;mostrado:</translation>
        </message>
        <message>
            <source>How to read the dose steps</source>
            <translation>Cómo leer los cambios de dosis</translation>
        </message>
        <message>
            <source>Dose steps by exercise</source>
            <translation>Cambios de dosis por ejercicio</translation>
        </message>
        <message>
            <source>dose (higher rows: sets × reps × hold)</source>
            <comment>the key to a chart</comment>
            <translation>dosis (filas más altas: series × repeticiones × tiempo mantenido)</translation>
        </message>
        <message>
            <source>eased after It hurts</source>
            <comment>the key to a chart; It hurts: the timer's button</comment>
            <translation>suavizada tras “Me duele”</translation>
        </message>
        <message>
            <source>suggestion accepted</source>
            <comment>the key to a chart</comment>
            <translation>sugerencia aceptada</translation>
        </message>
        <message>
            <source>next stage</source>
            <comment>the key to a chart: moved to the program's next stage</comment>
            <translation>siguiente etapa</translation>
        </message>
        <message>
            <source>pain before</source>
            <comment>the key to a chart: pain before the sessions</comment>
            <translation>dolor antes</translation>
        </message>
        <message>
            <source>pain after</source>
            <comment>the key to a chart: pain after the sessions</comment>
            <translation>dolor después</translation>
        </message>
        <message>
            <source>No sessions yet. Each exercise's dose over time appears here once you have finished a session.</source>
            <translation>Aún no hay sesiones. La dosis de cada ejercicio a lo largo del tiempo aparece aquí cuando haya terminado una sesión.</translation>
        </message>
        <message>
            <source>No sessions in this period ({period}).</source>
            <comment>period: the chosen one, in lower case: 'last 12 weeks'</comment>
            <translation>Ninguna sesión en este periodo ({period}).</translation>
        </message>
    </context>
    <context>
        <name>ui.history.widgets</name>
        <message>
            <source>Close message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.calendar_export</name>
        <message>
            <source>Add the plan to my calendar</source>
            <translation>Añadir el plan a mi calendario</translation>
        </message>
        <message>
            <source>One weekly event for each day of your plan, at the time you choose, with that day's exercises and doses. Open the saved file with your calendar app. When the plan changes, save and open it again: the events are updated, not doubled.</source>
            <translation>Un evento semanal por cada día de su plan, a la hora que elija, con los ejercicios y las dosis de ese día. Abra el archivo guardado con su aplicación de calendario. Cuando el plan cambie, vuelva a guardarlo y abrirlo: los eventos se actualizan, no se duplican.</translation>
        </message>
        <message>
            <source>Start at</source>
            <translation>Empezar a las</translation>
        </message>
        <message>
            <source>&amp;Start at:</source>
            <translation>&amp;Empezar a las:</translation>
        </message>
        <message>
            <source>Alarm</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>At the start</source>
            <translation>Al empezar</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>%n minuto antes</numerusform>
                <numerusform>%n minutos antes</numerusform>
            </translation>
        </message>
        <message>
            <source>No alarm</source>
            <translation>Sin aviso</translation>
        </message>
        <message>
            <source>&amp;Alarm:</source>
            <translation>A&amp;viso:</translation>
        </message>
        <message>
            <source>Time zone: {zone}, this computer's.</source>
            <translation>Zona horaria: {zone}, la de este ordenador.</translation>
        </message>
        <message>
            <source>Time zone: none is set on this computer, so the events keep the same clock time wherever the calendar is.</source>
            <translation>Zona horaria: este ordenador no tiene ninguna, así que los eventos conservan la misma hora de reloj dondequiera que esté el calendario.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>The events hold your exercises: anyone who can read that calendar can read them. They are marked private, so a shared calendar shows others only the time.</source>
            <translation>Los eventos contienen sus ejercicios: cualquiera que pueda leer ese calendario podrá leerlos. Van marcados como privados, así que un calendario compartido solo muestra la hora a los demás.</translation>
        </message>
        <message>
            <source>Save the calendar file…</source>
            <translation>Guardar el archivo de calendario…</translation>
        </message>
        <message>
            <source>ankle-exercises</source>
            <comment>the calendar file's name, without .ics</comment>
            <translation>ejercicios-de-tobillo</translation>
        </message>
        <message>
            <source>Save the calendar file</source>
            <translation>Guardar el archivo de calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.dialogs</name>
        <message>
            <source>No emphasis</source>
            <translation>Sin énfasis</translation>
        </message>
        <message>
            <source>Anterior impingement</source>
            <translation>Pinzamiento anterior</translation>
        </message>
        <message>
            <source>pain at the front of the ankle</source>
            <translation>dolor en la parte delantera del tobillo</translation>
        </message>
        <message>
            <source>Posterior impingement</source>
            <translation>Pinzamiento posterior</translation>
        </message>
        <message>
            <source>pain at the back of the ankle</source>
            <translation>dolor en la parte trasera del tobillo</translation>
        </message>
        <message>
            <source>Start from a starter program</source>
            <translation>Empezar con un programa inicial</translation>
        </message>
        <message>
            <source>Starter programs are the app's suggestions, built from the order of stages in the source article. They are not medical advice.</source>
            <translation>Los programas iniciales son sugerencias de la aplicación, basadas en el orden de las etapas del artículo de referencia. No son consejo médico.</translation>
        </message>
        <message>
            <source>Starter programs</source>
            <translation>Programas iniciales</translation>
        </message>
        <message>
            <source>Emphasis</source>
            <translation>Énfasis</translation>
        </message>
        <message>
            <source>Emphasis: {emphasis} ({where})</source>
            <comment>{where}: where it hurts</comment>
            <translation>Énfasis: {emphasis} ({where})</translation>
        </message>
        <message>
            <source>Emphasis: {emphasis}</source>
            <translation>Énfasis: {emphasis}</translation>
        </message>
        <message>
            <source>About this program</source>
            <translation>Sobre este programa</translation>
        </message>
        <message>
            <source>This replaces the exercises in your current plan. You can undo it afterwards with Ctrl+Z.</source>
            <translation>Esto sustituye los ejercicios de su plan actual. Puede deshacerlo después con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Use this program</source>
            <translation>Usar este programa</translation>
        </message>
        <message>
            <source>Copy {day} to other days</source>
            <translation>Copiar el {day} a otros días</translation>
        </message>
        <message numerus="yes">
            <source>Copy {day}'s %n exercise(s), with their doses, to:</source>
            <translation>
                <numerusform>Copiar el %n ejercicio del {day}, con su dosis, a:</numerusform>
                <numerusform>Copiar los %n ejercicios del {day}, con sus dosis, a:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}  (replaces its %n)</source>
            <comment>a day to copy to, and how many exercises it has now</comment>
            <translation>
                <numerusform>{day}  (se sustituye %n)</numerusform>
                <numerusform>{day}  (se sustituyen %n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copy to {day}, replacing its %n exercises</source>
            <translation>
                <numerusform>Copiar al {day}, sustituyendo su %n ejercicio</numerusform>
                <numerusform>Copiar al {day}, sustituyendo sus %n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy to {day}</source>
            <translation>Copiar al {day}</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Seleccionar &amp;todos</translation>
        </message>
        <message>
            <source>Select all other days</source>
            <translation>Seleccionar todos los demás días</translation>
        </message>
        <message>
            <source>Copy</source>
            <comment>button: copy the day</comment>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.dose</name>
        <message>
            <source>at most {sets} sets, {reps} reps and a {seconds} s hold</source>
            <translation>como máximo {sets} series, {reps} repeticiones y mantener {seconds} s</translation>
        </message>
        <message>
            <source>up to {number}</source>
            <comment>a range of figures: 'up to 10'</comment>
            <translation>hasta {number}</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Dose of the selected exercise</source>
            <translation>Dosis del ejercicio elegido</translation>
        </message>
        <message>
            <source> sets</source>
            <comment>after the figure in a spin box: '3 sets'</comment>
            <translation> series</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after the figure in a spin box: '12 reps'</comment>
            <translation> repeticiones</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Hold in seconds</source>
            <translation>Tiempo mantenido, en segundos</translation>
        </message>
        <message>
            <source>e.g. red band</source>
            <translation>p. ej., banda roja</translation>
        </message>
        <message>
            <source>Band or resistance</source>
            <translation>Banda elástica o resistencia</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no hand weight</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Hand weight in kilograms</source>
            <translation>Peso en la mano, en kilos</translation>
        </message>
        <message>
            <source>&amp;Reps</source>
            <translation>&amp;Repeticiones</translation>
        </message>
        <message>
            <source>Ho&amp;ld</source>
            <translation>Ma&amp;ntener</translation>
        </message>
        <message>
            <source>&amp;Band</source>
            <translation>&amp;Banda</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>Peso en &amp;kg</translation>
        </message>
        <message>
            <source>Prescribed by m&amp;y therapist</source>
            <translation>Prescrita por mi &amp;fisioterapeuta</translation>
        </message>
        <message>
            <source>Your therapist gave this dose: it is kept as given, outside the article's ranges if need be, within the app's safety limits ({limits}).</source>
            <translation>Su fisioterapeuta le dio esta dosis: se mantiene tal cual, fuera de los rangos del artículo si hace falta, dentro de los límites de seguridad de la aplicación ({limits}).</translation>
        </message>
        <message>
            <source>Therapist's name (optional)</source>
            <translation>Nombre del fisioterapeuta (opcional)</translation>
        </message>
        <message>
            <source>Who prescribed the dose</source>
            <translation>Quién prescribió la dosis</translation>
        </message>
        <message>
            <source>Dose message</source>
            <translation>Mensaje sobre la dosis</translation>
        </message>
        <message>
            <source>Choose an exercise in the list to set its dose.</source>
            <translation>Elija un ejercicio de la lista para ajustar su dosis.</translation>
        </message>
        <message>
            <source>Dose: {exercise}</source>
            <translation>Dosis: {exercise}</translation>
        </message>
        <message>
            <source>Sets in all</source>
            <translation>Series en total</translation>
        </message>
        <message>
            <source>Ti&amp;mes</source>
            <translation>&amp;Repeticiones</translation>
        </message>
        <message>
            <source> times</source>
            <comment>after the figure in a spin box: '5 times'</comment>
            <translation> veces</translation>
        </message>
        <message>
            <source>* the app's suggestion: the article gives no figure.</source>
            <translation>* Sugerencia de la aplicación: el artículo no da ninguna cifra.</translation>
        </message>
        <message>
            <source>The dose is prescribed by {therapist}: kept as given, within the app's safety limits ({limits}).</source>
            <comment>{therapist}: a name</comment>
            <translation>La dosis está prescrita por {therapist}: se mantiene tal cual, dentro de los límites de seguridad de la aplicación ({limits}).</translation>
        </message>
        <message>
            <source>The dose is prescribed by your therapist: kept as given, within the app's safety limits ({limits}).</source>
            <translation>La dosis está prescrita por su fisioterapeuta: se mantiene tal cual, dentro de los límites de seguridad de la aplicación ({limits}).</translation>
        </message>
        <message>
            <source>from {low} to {high}, as prescribed</source>
            <translation>de {low} a {high}, según lo prescrito</translation>
        </message>
        <message>
            <source>from {low} to {high}</source>
            <translation>de {low} a {high}</translation>
        </message>
        <message>
            <source>Prescribed dose?</source>
            <translation>¿Dosis prescrita?</translation>
        </message>
        <message>
            <source>{outside}. Did your therapist prescribe this dose? If so, it is kept and marked as prescribed (within the app's safety limits: {limits}).</source>
            <comment>{outside}: '40 reps is outside the article's range for ...'</comment>
            <translation>{outside}. ¿Le prescribió esta dosis su fisioterapeuta? Si es así, se mantiene y se marca como prescrita (dentro de los límites de seguridad de la aplicación: {limits}).</translation>
        </message>
        <message>
            <source>{outside}: kept at {kept}. Tick “{checkbox}” for a dose your therapist gave you.</source>
            <comment>{outside}: '40 reps is outside the article's range for ...'; {checkbox}: the check box's words</comment>
            <translation>{outside}: se queda en {kept}. Marque “{checkbox}” si es una dosis que le dio su fisioterapeuta.</translation>
        </message>
        <message>
            <source>{value} sets is below 1, even for a prescribed dose: kept at {kept}.</source>
            <translation>El número de series ({value}) es menor que 1, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} sets is above {limit}, the most the app allows, even for a prescribed dose: kept at {kept}.</source>
            <translation>El número de series ({value}) supera {limit}, el máximo que permite la aplicación, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} reps is below 1, even for a prescribed dose: kept at {kept}.</source>
            <translation>El número de repeticiones ({value}) es menor que 1, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} reps is above {limit}, the most the app allows, even for a prescribed dose: kept at {kept}.</source>
            <translation>El número de repeticiones ({value}) supera {limit}, el máximo que permite la aplicación, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} s hold is below 1, even for a prescribed dose: kept at {kept}.</source>
            <translation>El tiempo mantenido ({value} s) es menor que 1, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} s hold is above {limit}, the most the app allows, even for a prescribed dose: kept at {kept}.</source>
            <translation>El tiempo mantenido ({value} s) supera {limit} s, el máximo que permite la aplicación, incluso para una dosis prescrita: se queda en {kept}.</translation>
        </message>
        <message>
            <source>{value} sets is outside the article's range for {exercise} ({low}–{high})</source>
            <translation>El número de series ({value}) queda fuera del rango del artículo para {exercise} ({low}–{high})</translation>
        </message>
        <message>
            <source>{value} reps is outside the article's range for {exercise} ({low}–{high})</source>
            <translation>El número de repeticiones ({value}) queda fuera del rango del artículo para {exercise} ({low}–{high})</translation>
        </message>
        <message>
            <source>{value} s hold is outside the article's range for {exercise} ({low}–{high})</source>
            <translation>El tiempo mantenido ({value} s) queda fuera del rango del artículo para {exercise} ({low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.model</name>
        <message>
            <source>Unknown exercise '{id}'</source>
            <translation>Ejercicio desconocido “{id}”</translation>
        </message>
        <message>
            <source>not in the exercise library</source>
            <translation>no está en la biblioteca de ejercicios</translation>
        </message>
        <message>
            <source>unknown exercise {id}</source>
            <translation>ejercicio desconocido {id}</translation>
        </message>
        <message>
            <source>{number} of {count}: {exercise}, {dose}</source>
            <comment>a row of the day's list, read aloud</comment>
            <translation>{number} de {count}: {exercise}, {dose}</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.page</name>
        <message>
            <source>Plan &amp;name</source>
            <translation>Nombre del p&amp;lan</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Nombre del plan</translation>
        </message>
        <message>
            <source>Start from a pro&amp;gram…</source>
            <translation>Empezar con un pro&amp;grama…</translation>
        </message>
        <message>
            <source>Start from a starter program</source>
            <translation>Empezar con un programa inicial</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Where the plan started</source>
            <translation>Origen del plan</translation>
        </message>
        <message>
            <source>Plan messages</source>
            <translation>Mensajes del plan</translation>
        </message>
        <message>
            <source>Days of the week</source>
            <translation>Días de la semana</translation>
        </message>
        <message>
            <source>The plan repeats every week. Changes are saved as you make them; Ctrl+Z undoes them. Drag an exercise, or press Alt+Up and Alt+Down, to change the order.</source>
            <translation>El plan se repite cada semana. Los cambios se guardan al hacerlos; Ctrl+Z los deshace. Arrastre un ejercicio, o pulse Alt+Arriba y Alt+Abajo, para cambiar el orden.</translation>
        </message>
        <message>
            <source>&amp;Copy day to…</source>
            <translation>&amp;Copiar el día a…</translation>
        </message>
        <message>
            <source>Copy this day to other days</source>
            <translation>Copiar este día a otros días</translation>
        </message>
        <message>
            <source>Exercises on this day, in order</source>
            <translation>Ejercicios de este día, en orden</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Aña&amp;dir</translation>
        </message>
        <message>
            <source>Add the exercise to this day</source>
            <translation>Añadir el ejercicio a este día</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.pane</name>
        <message>
            <source>History is off, so changes to the plan are not saved. You can still start from a program, change it and print it.</source>
            <translation>El historial está desactivado, así que los cambios en el plan no se guardan. Aun así puede empezar con un programa, cambiarlo e imprimirlo.</translation>
        </message>
        <message>
            <source>Changes apply from today; earlier days keep the plan they had (History &gt; Program lists each version).</source>
            <translation>Los cambios se aplican desde hoy; los días anteriores conservan el plan que tenían (Historial &gt; Programa muestra cada versión).</translation>
        </message>
        <message>
            <source>Weekly plan</source>
            <translation>Plan semanal</translation>
        </message>
        <message>
            <source>{day} (today) · {count}</source>
            <comment>a row of the days' list; {count}: the exercises planned</comment>
            <translation>{day} (hoy) · {count}</translation>
        </message>
        <message>
            <source>The saved plan could not be read: {reason}</source>
            <translation>No se pudo leer el plan guardado: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n exercise(s)</source>
            <translation>
                <numerusform>{day}: %n ejercicio</numerusform>
                <numerusform>{day}: %n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: nothing planned (a rest day)</source>
            <translation>{day}: nada previsto (día de descanso)</translation>
        </message>
        <message numerus="yes">
            <source>{day}, today: %n exercise(s)</source>
            <translation>
                <numerusform>{day}, hoy: %n ejercicio</numerusform>
                <numerusform>{day}, hoy: %n ejercicios</numerusform>
            </translation>
        </message>
        <message>
            <source>History could not be read: {reason}</source>
            <translation>No se pudo leer el historial: {reason}</translation>
        </message>
        <message>
            <source>The session was not saved: {reason}</source>
            <translation>No se guardó la sesión: {reason}</translation>
        </message>
        <message>
            <source>Logged the session of {day}, marked as entered by hand. The History page lists it.</source>
            <comment>{day}: 'Monday 4 May 2026'</comment>
            <translation>Se registró la sesión del {day}, marcada como introducida a mano. Aparece en la página Historial.</translation>
        </message>
        <message>
            <source>Started from the starter program “{program}”, the app's suggestion; changed since. It is not medical advice: ask your physical therapist to adjust it to you.</source>
            <translation>Este plan empezó con el programa inicial “{program}”, una sugerencia de la aplicación; ha cambiado desde entonces. No es consejo médico: pida a su fisioterapeuta que lo adapte a usted.</translation>
        </message>
        <message>
            <source>Started from the starter program “{program}”, the app's suggestion. It is not medical advice: ask your physical therapist to adjust it to you.</source>
            <translation>Este plan empezó con el programa inicial “{program}”, una sugerencia de la aplicación. No es consejo médico: pida a su fisioterapeuta que lo adapte a usted.</translation>
        </message>
        <message>
            <source>Check the plan:</source>
            <comment>followed by up to three problems</comment>
            <translation>Revise el plan:</translation>
        </message>
        <message>
            <source>The plan could not be saved: {reason}</source>
            <translation>No se pudo guardar el plan: {reason}</translation>
        </message>
        <message>
            <source>There is no exercise '{id}' in the library.</source>
            <translation>No hay ningún ejercicio “{id}” en la biblioteca.</translation>
        </message>
        <message>
            <source>{exercise} is already planned on {day}.</source>
            <translation>{exercise} ya está previsto el {day}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercises match “{text}”. Choose one with the arrow keys and press Enter.</source>
            <translation>
                <numerusform>%n ejercicio coincide con “{text}”. Elija uno con las flechas y pulse Intro.</numerusform>
                <numerusform>%n ejercicios coinciden con “{text}”. Elija uno con las flechas y pulse Intro.</numerusform>
            </translation>
        </message>
        <message>
            <source>No exercise is called “{text}”. Pick one from the list.</source>
            <translation>Ningún ejercicio se llama “{text}”. Elija uno de la lista.</translation>
        </message>
        <message>
            <source>Type or pick an exercise to add.</source>
            <translation>Escriba o elija un ejercicio para añadirlo.</translation>
        </message>
        <message>
            <source>Copied {day} to {days}.</source>
            <comment>{days}: a list of days</comment>
            <translation>Se copió el {day} a: {days}.</translation>
        </message>
        <message>
            <source>Replace your plan?</source>
            <translation>¿Sustituir su plan?</translation>
        </message>
        <message numerus="yes">
            <source>Replace the %n exercises in your plan with the starter program “{program}”? Ctrl+Z undoes it.</source>
            <translation>
                <numerusform>¿Sustituir el %n ejercicio de su plan por el programa inicial “{program}”? Ctrl+Z lo deshace.</numerusform>
                <numerusform>¿Sustituir los %n ejercicios de su plan por el programa inicial “{program}”? Ctrl+Z lo deshace.</numerusform>
            </translation>
        </message>
        <message>
            <source>The calendar file was not saved: {reason}</source>
            <translation>El archivo de calendario no se ha guardado: {reason}</translation>
        </message>
        <message>
            <source>The plan is empty: add exercises before adding it to a calendar.</source>
            <translation>El plan está vacío: añada ejercicios antes de llevarlo a un calendario.</translation>
        </message>
        <message numerus="yes">
            <source>Saved {path} with %n weekly event(s): open it with your calendar app to add them.</source>
            <translation>
                <numerusform>Se ha guardado {path} con %n evento semanal: ábralo con su aplicación de calendario para añadirlo.</numerusform>
                <numerusform>Se ha guardado {path} con %n eventos semanales: ábralo con su aplicación de calendario para añadirlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan is empty: add exercises before exporting it as a program.</source>
            <translation>El plan está vacío: añada ejercicios antes de exportarlo como programa.</translation>
        </message>
        <message>
            <source>The program was not exported: {reason}</source>
            <translation>No se exportó el programa: {reason}</translation>
        </message>
        <message>
            <source>Exported the program to {path}.</source>
            <translation>Programa exportado a {path}.</translation>
        </message>
        <message>
            <source>{file} was not imported: {reason}</source>
            <translation>{file} no se importó: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.picker</name>
        <message>
            <source>Exercise to add; type to search</source>
            <translation>Ejercicio que añadir; escriba para buscar</translation>
        </message>
        <message>
            <source>Type to find an exercise</source>
            <translation>Escriba para buscar un ejercicio</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Ejercicio que añadir</translation>
        </message>
        <message>
            <source>{group}, your own</source>
            <comment>an own exercise's group</comment>
            <translation>{group}, propio</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.print_box</name>
        <message>
            <source>Print the week</source>
            <translation>Imprimir la semana</translation>
        </message>
        <message>
            <source>Week to print</source>
            <translation>Semana que imprimir</translation>
        </message>
        <message>
            <source>This week: {days}</source>
            <comment>{days}: '4–10 May'</comment>
            <translation>Esta semana: {days}</translation>
        </message>
        <message>
            <source>Next week: {days}</source>
            <comment>{days}: '11–17 May'</comment>
            <translation>La próxima semana: {days}</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Letter</source>
            <comment>paper size</comment>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Notes for the printout</source>
            <translation>Notas para la hoja impresa</translation>
        </message>
        <message>
            <source>Pr&amp;int preview…</source>
            <translation>Vista previa de &amp;impresión…</translation>
        </message>
        <message>
            <source>Print preview of the week</source>
            <translation>Vista previa de impresión de la semana</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>E&amp;xportar PDF…</translation>
        </message>
        <message>
            <source>Export the week as a PDF file</source>
            <translation>Exportar la semana como archivo PDF</translation>
        </message>
        <message>
            <source>Weekly plan: {name}</source>
            <translation>Plan semanal: {name}</translation>
        </message>
        <message>
            <source>Print the weekly plan</source>
            <translation>Imprimir el plan semanal</translation>
        </message>
        <message>
            <source>{count} of {limit} characters: the sheet has room for no more.</source>
            <translation>{count} de {limit} caracteres: no cabe más en la hoja.</translation>
        </message>
        <message>
            <source>{count} of {limit} characters</source>
            <translation>{count} de {limit} caracteres</translation>
        </message>
        <message>
            <source>Up to {limit} characters</source>
            <translation>Hasta {limit} caracteres</translation>
        </message>
        <message>
            <source>Weekly plan</source>
            <comment>a file's name</comment>
            <translation>Plan semanal</translation>
        </message>
        <message>
            <source>Export the week as PDF</source>
            <translation>Exportar la semana como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written. {reason}</source>
            <translation>No se pudo escribir el PDF. {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Saved the week of {day} as {path} (%n pages).</source>
            <comment>{day}: '4 May'; more than one page</comment>
            <translation>
                <numerusform>Semana del {day} guardada como {path} (%n página).</numerusform>
                <numerusform>Semana del {day} guardada como {path} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the week of {day} as {path} (one page).</source>
            <comment>{day}: '4 May'</comment>
            <translation>Semana del {day} guardada como {path} (una página).</translation>
        </message>
        <message>
            <source>{first}–{last} {month}</source>
            <comment>days of a week in one month: '4–10 May'; {month}: a short month name</comment>
            <translation>{first}–{last} {month}</translation>
        </message>
        <message>
            <source>{first} {first_month} – {last} {last_month}</source>
            <comment>days of a week across two months: '27 Apr – 3 May'; the months: short month names</comment>
            <translation>{first} {first_month} – {last} {last_month}</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.program_io</name>
        <message>
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <comment>said of the file; {reason}: the system's words</comment>
            <translation>no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>Import a program</source>
            <translation>Importar un programa</translation>
        </message>
        <message>
            <source>{file}: nothing is written until you choose Import. Your history and the plans of the days already lived stay as they are.</source>
            <comment>Import: the dialog's button</comment>
            <translation>{file}: no se escribe nada hasta que elija Importar. Su historial y los planes de los días ya pasados se quedan como están.</translation>
        </message>
        <message>
            <source>The imported plan starts on</source>
            <translation>El plan importado empieza el</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>Qué cambia la importación</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Empieza el</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>the dialog's button</comment>
            <translation>Importar</translation>
        </message>
        <message numerus="yes">
            <source>Imported “{name}”: the plan from {day}, %n exercise(s) a week.</source>
            <comment>{day}: '4 May 2026'</comment>
            <translation>
                <numerusform>Se importó “{name}”: el plan desde el {day}, %n ejercicio a la semana.</numerusform>
                <numerusform>Se importó “{name}”: el plan desde el {day}, %n ejercicios a la semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported “{name}”: the plan from {day}, %n exercise(s) a week, {own}.</source>
            <comment>{day}: '4 May 2026'; {own}: '2 own exercises added or changed'</comment>
            <translation>
                <numerusform>Se importó “{name}”: el plan desde el {day}, %n ejercicio a la semana, {own}.</numerusform>
                <numerusform>Se importó “{name}”: el plan desde el {day}, %n ejercicios a la semana, {own}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n own exercise(s) added or changed</source>
            <translation>
                <numerusform>%n ejercicio propio añadido o cambiado</numerusform>
                <numerusform>%n ejercicios propios añadidos o cambiados</numerusform>
            </translation>
        </message>
        <message>
            <source>program</source>
            <comment>a file's name, for a plan without one</comment>
            <translation>programa</translation>
        </message>
        <message>
            <source>Export the program</source>
            <translation>Exportar el programa</translation>
        </message>
        <message>
            <source>Program files (*.json)</source>
            <translation>Archivos de programa (*.json)</translation>
        </message>
        <message>
            <source>Program files (*.json);;All files (*)</source>
            <translation>Archivos de programa (*.json);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ui.plan.today</name>
        <message>
            <source>Tick to record it as done today without the timer: you check the sets, reps and time before it is saved.</source>
            <translation>Marque la casilla para registrarlo como hecho hoy sin el temporizador: revisará las series, las repeticiones y el tiempo antes de guardarlo.</translation>
        </message>
        <message>
            <source>Done today. To take it back, delete that session on the History page.</source>
            <translation>Hecho hoy. Para deshacerlo, borre esa sesión en la página Historial.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Today's exercises</source>
            <translation>Ejercicios de hoy</translation>
        </message>
        <message>
            <source>Today's planned exercises; ticked ones are done, tick one to log it by hand</source>
            <translation>Ejercicios previstos para hoy; los marcados están hechos, marque uno para registrarlo a mano</translation>
        </message>
        <message>
            <source>Start to&amp;day's session</source>
            <translation>Empezar la sesión de ho&amp;y</translation>
        </message>
        <message>
            <source>Today, {day}</source>
            <comment>{day}: 'Monday 4 May'</comment>
            <translation>Hoy, {day}</translation>
        </message>
        <message>
            <source>Unknown exercise '{id}'</source>
            <translation>Ejercicio desconocido “{id}”</translation>
        </message>
        <message>
            <source>not in the exercise library</source>
            <translation>no está en la biblioteca de ejercicios</translation>
        </message>
        <message>
            <source>can't be timed</source>
            <translation>no se puede cronometrar</translation>
        </message>
        <message>
            <source>Add exercises to the plan to see them here.</source>
            <translation>Añada ejercicios al plan para verlos aquí.</translation>
        </message>
        <message>
            <source>Nothing is planned for today.</source>
            <translation>No hay nada previsto para hoy.</translation>
        </message>
        <message>
            <source>The plan starts on {day}.</source>
            <comment>{day}: 'Monday 4 May'</comment>
            <translation>El plan empieza el {day}.</translation>
        </message>
        <message numerus="yes">
            <source>All %n done today. Well done.</source>
            <comment>%n: the exercises planned today</comment>
            <translation>
                <numerusform>Hoy ha hecho %n de %n. ¡Muy bien!</numerusform>
                <numerusform>Hoy ha hecho los %n. ¡Muy bien!</numerusform>
            </translation>
        </message>
        <message>
            <source>{done} of {total} done today, {partly} partly.</source>
            <comment>exercises planned today</comment>
            <translation>{done} de {total} hechos hoy, {partly} a medias.</translation>
        </message>
        <message>
            <source>{done} of {total} done today.</source>
            <comment>exercises planned today</comment>
            <translation>{done} de {total} hechos hoy.</translation>
        </message>
        <message>
            <source>Start to&amp;day's session again</source>
            <translation>Empezar de nuevo la sesión de ho&amp;y</translation>
        </message>
    </context>
    <context>
        <name>ui.printing.availability</name>
        <message>
            <source>Printing is not available on this computer (the CUPS printing system is not installed). You can export the week as a PDF instead and print that elsewhere.</source>
            <translation>No se puede imprimir en este equipo (no está instalado el sistema de impresión CUPS). Puede exportar la semana como PDF e imprimirla en otro lugar.</translation>
        </message>
    </context>
    <context>
        <name>ui.printing.pdf_file</name>
        <message>
            <source>The PDF for {file} could not be drawn.</source>
            <translation>No se pudo generar el PDF de {file}.</translation>
        </message>
    </context>
    <context>
        <name>ui.printing.progression</name>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Sets done (of plan)</source>
            <translation>Series hechas (del plan)</translation>
        </message>
        <message>
            <source>Dose done</source>
            <translation>Dosis hecha</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Dolor antes</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Dolor después</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marcas</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s), {hold} s hold</source>
            <comment>{hold}: seconds</comment>
            <translation>
                <numerusform>%n repetición, mantener {hold} s</numerusform>
                <numerusform>%n repeticiones, mantener {hold} s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>set</source>
            <comment>a set with no reps or hold, as in 'set × 3'</comment>
            <translation>serie</translation>
        </message>
        <message>
            <source>eased {count}×</source>
            <comment>how many sessions had the dose eased after pain: eased 2×</comment>
            <translation>suavizada {count}×</translation>
        </message>
        <message>
            <source>stopped for pain {count}×</source>
            <translation>parada por dolor {count}×</translation>
        </message>
        <message>
            <source>by hand {count}×</source>
            <comment>how many sessions were entered by hand</comment>
            <translation>a mano {count}×</translation>
        </message>
        <message>
            <source>prescribed</source>
            <comment>the dose was the therapist's</comment>
            <translation>prescrita</translation>
        </message>
        <message>
            <source>“{name}” from {day}</source>
            <comment>a weekly plan's name and the day it started</comment>
            <translation>“{name}” desde el {day}</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <comment>a weekly plan's name</comment>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>{plan}, prescribed by {therapist}</source>
            <comment>{plan}: the plan's name and start, as above</comment>
            <translation>{plan}, prescrito por {therapist}</translation>
        </message>
        <message>
            <source>A row per week from {day}.</source>
            <translation>Una fila por semana desde el {day}.</translation>
        </message>
        <message numerus="yes">
            <source>A row per %n weeks from {day}.</source>
            <translation>
                <numerusform>Una fila cada %n semana desde el {day}.</numerusform>
                <numerusform>Una fila cada %n semanas desde el {day}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pain (0–10) and effort: median (lowest–highest) of the sessions that did the exercise. Sets done: completed sets, out of the sets the plan then in force asked for up to today. Marked: how many sessions had the dose eased after pain, stopped for pain, or were entered by hand; “prescribed”: the dose was your therapist’s.</source>
            <translation>Dolor (0–10) y esfuerzo: mediana (mínimo–máximo) de las sesiones en que se hizo el ejercicio. Series hechas: series completadas, de las que pedía hasta hoy el plan vigente en cada momento. Marcas: cuántas sesiones tuvieron la dosis suavizada tras sentir dolor, se pararon por dolor o se registraron a mano; “prescrita”: la dosis era la de su fisioterapeuta.</translation>
        </message>
        <message>
            <source>Progression by exercise</source>
            <translation>Progresión por ejercicio</translation>
        </message>
        <message>
            <source>{name} (own exercise)</source>
            <translation>{name} (ejercicio propio)</translation>
        </message>
        <message>
            <source>pain after: {trend} {first} → {last}</source>
            <comment>{trend}: a row of bars, one a week; {first} and {last}: the first and last pain rating (0–10)</comment>
            <translation>dolor después: {trend} {first} → {last}</translation>
        </message>
        <message>
            <source>no pain ratings</source>
            <translation>sin valoraciones de dolor</translation>
        </message>
        <message>
            <source>{done} of {planned} ({percent} %)</source>
            <comment>sets done of the sets planned</comment>
            <translation>{done} de {planned} ({percent} %)</translation>
        </message>
    </context>
    <context>
        <name>ui.printing.summary</name>
        <message>
            <source>Home exercise summary, {dates}</source>
            <comment>the PDF's title; {dates}: the period, 4 – 31 May 2026</comment>
            <translation>Resumen de ejercicios en casa, {dates}</translation>
        </message>
        <message>
            <source>{patient}, {dates}. Made on {day} with {app}. Not medical advice.</source>
            <comment>the footer: the patient's name, the period, the day it was made, the app's name</comment>
            <translation>{patient}, {dates}. Hecho el {day} con {app}. No es consejo médico.</translation>
        </message>
        <message>
            <source>{dates}. Made on {day} with {app}. Not medical advice.</source>
            <comment>the footer: the period, the day it was made, the app's name</comment>
            <translation>{dates}. Hecho el {day} con {app}. No es consejo médico.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
        <message>
            <source>No pain ratings in this period</source>
            <translation>Sin valoraciones de dolor en este periodo</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>{before} before → {after} after</source>
            <comment>average pain before and after the sessions, 0–10</comment>
            <translation>{before} antes → {after} después</translation>
        </message>
        <message numerus="yes">
            <source>{sessions} on %n day(s) ({by_hand} entered by hand)</source>
            <comment>{sessions}: how many sessions; {by_hand}: how many of them were entered by hand</comment>
            <translation>
                <numerusform>{sessions} en %n día ({by_hand} registradas a mano)</numerusform>
                <numerusform>{sessions} en %n días ({by_hand} registradas a mano)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sessions} on %n day(s)</source>
            <comment>{sessions}: how many sessions</comment>
            <translation>
                <numerusform>{sessions} en %n día</numerusform>
                <numerusform>{sessions} en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>{kept} of {expected} planned days ({percent} %)</source>
            <translation>{kept} de {expected} días previstos ({percent} %)</translation>
        </message>
        <message>
            <source>{kept} of {expected} days ({percent} %)</source>
            <translation>{kept} de {expected} días ({percent} %)</translation>
        </message>
        <message>
            <source>no days to count yet</source>
            <translation>aún no hay días que contar</translation>
        </message>
        <message>
            <source>Plan kept</source>
            <translation>Plan cumplido</translation>
        </message>
        <message>
            <source>Days with a session</source>
            <translation>Días con sesión</translation>
        </message>
        <message>
            <source>Time in sets</source>
            <translation>Tiempo en series</translation>
        </message>
        <message>
            <source>{total} in all, {weekly} a week on average</source>
            <comment>time spent doing sets: 3 h 10 min in all, 48 min a week on average</comment>
            <translation>{total} en total, {weekly} por semana de media</translation>
        </message>
        <message>
            <source>Streak</source>
            <comment>days in a row with a session</comment>
            <translation>Racha</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) at the end of the period; longest in it {longest}</source>
            <comment>{longest}: the longest streak in the period, in days</comment>
            <translation>
                <numerusform>%n día al final del periodo; la más larga del periodo, {longest}</numerusform>
                <numerusform>%n días al final del periodo; la más larga del periodo, {longest}</numerusform>
            </translation>
        </message>
        <message>
            <source>average {pain}; first week {first}, last week {last}</source>
            <comment>each is '4.0 before → 2.5 after' or 'not rated'</comment>
            <translation>media {pain}; primera semana {first}, última semana {last}</translation>
        </message>
        <message>
            <source>average {pain}</source>
            <comment>'4.0 before → 2.5 after' or 'not rated'</comment>
            <translation>media {pain}</translation>
        </message>
        <message>
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <source>Pain flags</source>
            <translation>Avisos de dolor</translation>
        </message>
        <message>
            <source>{count} (“It hurts” pressed during a session)</source>
            <comment>“It hurts” is the session window's button to report pain</comment>
            <translation>{count} (“Me duele” pulsado durante una sesión)</translation>
        </message>
        <message>
            <source>Self-checks</source>
            <translation>Autoevaluaciones</translation>
        </message>
        <message numerus="yes">
            <source>%n in this period, shown after the notes</source>
            <comment>how many self-checks</comment>
            <translation>
                <numerusform>%n en este periodo, tras las notas</numerusform>
                <numerusform>%n en este periodo, tras las notas</numerusform>
            </translation>
        </message>
        <message>
            <source>none in this period</source>
            <comment>no self-checks</comment>
            <translation>ninguna en este periodo</translation>
        </message>
        <message>
            <source>Home exercise summary</source>
            <translation>Resumen de ejercicios en casa</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Therapist</source>
            <translation>Fisioterapeuta</translation>
        </message>
        <message>
            <source>Plan in force</source>
            <translation>Plan vigente</translation>
        </message>
        <message>
            <source>Plans in force</source>
            <translation>Planes vigentes</translation>
        </message>
        <message>
            <source>{earlier}; then {later}</source>
            <comment>weekly plans in force one after the other in the period</comment>
            <translation>{earlier}; después {later}</translation>
        </message>
        <message>
            <source>No sessions were recorded in this period.</source>
            <translation>No se registraron sesiones en este periodo.</translation>
        </message>
        <message>
            <source>Exercises and doses</source>
            <translation>Ejercicios y dosis</translation>
        </message>
        <message>
            <source>Exercise</source>
            <comment>column heading</comment>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Sets done</source>
            <comment>column heading</comment>
            <translation>Series hechas</translation>
        </message>
        <message>
            <source>Best</source>
            <comment>column heading: the longest hold and the most reps</comment>
            <translation>Mejor</translation>
        </message>
        <message>
            <source>Last dose</source>
            <comment>column heading</comment>
            <translation>Última dosis</translation>
        </message>
        <message>
            <source>{seconds} hold</source>
            <comment>the longest hold: 30 s hold</comment>
            <translation>mantener {seconds}</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <comment>the most reps in a set</comment>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{done} ({skipped} skipped)</source>
            <comment>sets done and sets skipped</comment>
            <translation>{done} ({skipped} saltadas)</translation>
        </message>
        <message numerus="yes">
            <source>{dose}; eased after pain in %n session(s)</source>
            <comment>{dose}: the last dose, as 3 sets × 12 reps · hold 2 s</comment>
            <translation>
                <numerusform>{dose}; suavizada tras dolor en %n sesión</numerusform>
                <numerusform>{dose}; suavizada tras dolor en %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Ninguno en este periodo.</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier pain flags are not listed here; the CSV export has every one.</source>
            <translation>
                <numerusform>%n aviso de dolor anterior no aparece aquí; la exportación CSV los tiene todos.</numerusform>
                <numerusform>%n avisos de dolor anteriores no aparecen aquí; la exportación CSV los tiene todos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes</source>
            <comment>heading: the notes written after sessions</comment>
            <translation>Notas</translation>
        </message>
        <message numerus="yes">
            <source>%n earlier notes are not shown here; the CSV export has every one.</source>
            <translation>
                <numerusform>%n nota anterior no aparece aquí; la exportación CSV las tiene todas.</numerusform>
                <numerusform>%n notas anteriores no aparecen aquí; la exportación CSV las tiene todas.</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes in this period.</source>
            <translation>No hay notas en este periodo.</translation>
        </message>
        <message>
            <source>Measure</source>
            <comment>column heading of the self-checks</comment>
            <translation>Medida</translation>
        </message>
        <message>
            <source>First in period</source>
            <comment>column heading of the self-checks</comment>
            <translation>Primera del periodo</translation>
        </message>
        <message>
            <source>Latest</source>
            <comment>column heading of the self-checks</comment>
            <translation>Última</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>column heading of the self-checks</comment>
            <translation>Cambio</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) taken at home in this period: the first and the latest result of each measure, and the change between them.</source>
            <translation>
                <numerusform>%n autoevaluación hecha en casa en este periodo: el primer y el último resultado de cada medida, y el cambio entre ellos.</numerusform>
                <numerusform>%n autoevaluaciones hechas en casa en este periodo: el primer y el último resultado de cada medida, y el cambio entre ellos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) taken at home in this period.</source>
            <translation>
                <numerusform>%n autoevaluación hecha en casa en este periodo.</numerusform>
                <numerusform>%n autoevaluaciones hechas en casa en este periodo.</numerusform>
            </translation>
        </message>
        <message>
            <source>could not do it: pain</source>
            <comment>the latest self-check was stopped by pain</comment>
            <translation>no se pudo hacer: dolor</translation>
        </message>
        <message>
            <source>the first could not be done for pain</source>
            <translation>la primera no se pudo hacer por dolor</translation>
        </message>
        <message>
            <source>no change</source>
            <translation>sin cambios</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <comment>a change in a rating</comment>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} points</source>
            <comment>a change in a rating: 1.5 points</comment>
            <translation>{amount} puntos</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierda</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecha</translation>
        </message>
        <message>
            <source>left {days}</source>
            <translation>izquierda {days}</translation>
        </message>
        <message>
            <source>right {days}</source>
            <translation>derecha {days}</translation>
        </message>
        <message>
            <source>Could not be done for pain: {days}.</source>
            <comment>{days}: the side and days, as 'left 6 Nov, 8 Nov; right 8 Nov'</comment>
            <translation>No se pudo hacer por dolor: {days}.</translation>
        </message>
    </context>
    <context>
        <name>ui.printing.week</name>
        <message>
            <source>Weekly plan: {name}</source>
            <translation>Plan semanal: {name}</translation>
        </message>
        <message>
            <source>could not start drawing on the page (is the file or printer writable?)</source>
            <translation>no se pudo empezar a dibujar la página (¿se puede escribir en el archivo o la impresora?)</translation>
        </message>
        <message>
            <source>Week of Monday {first} – {last}</source>
            <comment>{first}: the Monday (11 May; 28 December 2025 when the week ends in the next year); {last}: the Sunday with its year (17 May 2026)</comment>
            <translation>Semana del lunes {first} al {last}</translation>
        </message>
        <message>
            <source>page {number} of {total}</source>
            <translation>página {number} de {total}</translation>
        </message>
        <message>
            <source>Tick a box each time you do an exercise, and write down your pain each day.</source>
            <translation>Marque una casilla cada vez que haga un ejercicio y anote su dolor cada día.</translation>
        </message>
        <message>
            <source>Started from the starter program “{program}”, the app's suggestion, not medical advice, and changed since.</source>
            <translation>Basado en el programa inicial “{program}”, sugerencia de la aplicación, no consejo médico, y cambiado después.</translation>
        </message>
        <message>
            <source>Started from the starter program “{program}”, the app's suggestion, not medical advice.</source>
            <translation>Basado en el programa inicial “{program}”, sugerencia de la aplicación, no consejo médico.</translation>
        </message>
        <message>
            <source>Exercise — how to do it, and what you need</source>
            <translation>Ejercicio — cómo hacerlo y qué necesita</translation>
        </message>
        <message>
            <source>Dose</source>
            <comment>column heading</comment>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Careful:</source>
            <comment>before an exercise's caution on the sheet</comment>
            <translation>Cuidado:</translation>
        </message>
        <message>
            <source>nothing special</source>
            <translation>nada especial</translation>
        </message>
        <message>
            <source>You need: {equipment}</source>
            <translation>Necesita: {equipment}</translation>
        </message>
        <message>
            <source>Pain today, 0–10</source>
            <translation>Dolor hoy, 0–10</translation>
        </message>
        <message>
            <source>0 = none, 10 = worst</source>
            <translation>0 = nada, 10 = el peor</translation>
        </message>
        <message>
            <source>Stop any exercise that hurts.</source>
            <translation>Pare cualquier ejercicio que le duela.</translation>
        </message>
        <message>
            <source>Notes:</source>
            <comment>before the plan's notes on the sheet</comment>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>Exercises, doses and the short cautions above from {credit}, in {app}'s own words. * the app's suggestion where the article gives no figure; so are the timer's {rest} s* rest between sets and {tempo} s* out and back on paced reps (both can be changed). Not medical advice.</source>
            <comment>{credit}: the article the exercises come from; {app}: the app's name; {rest} and {tempo}: seconds</comment>
            <translation>Ejercicios, dosis y precauciones breves de arriba tomados de {credit}, en palabras de {app}. * sugerencia de la aplicación donde el artículo no da una cifra; también lo son los {rest} s* de descanso entre series y los {tempo} s* de ida y vuelta en las repeticiones con ritmo del temporizador (ambos se pueden cambiar). No es consejo médico.</translation>
        </message>
        <message>
            <source>† prescribed by your therapist: their dose, kept as given within the app's safety limits rather than the article's ranges.</source>
            <translation>† prescrita por su fisioterapeuta: su dosis, tal como la indicó, dentro de los límites de seguridad de la aplicación en lugar de los rangos del artículo.</translation>
        </message>
    </context>
    <context>
        <name>ui.reminders.background</name>
        <message>
            <source>{program} was not found</source>
            <translation>no se encontró {program}</translation>
        </message>
        <message>
            <source>it did not answer within {seconds} s</source>
            <translation>no respondió en {seconds} s</translation>
        </message>
        <message>
            <source>exit status {code}</source>
            <translation>código de salida {code}</translation>
        </message>
        <message>
            <source>When the app is closed, a systemd user timer ({timer}) shows them.</source>
            <translation>Con la aplicación cerrada, los muestra un temporizador de usuario de systemd ({timer}).</translation>
        </message>
        <message>
            <source>When the app is closed, an autostart entry starts a small background checker at login ({file}).</source>
            <translation>Con la aplicación cerrada, una entrada de inicio automático pone en marcha al iniciar sesión un pequeño programa de avisos en segundo plano ({file}).</translation>
        </message>
        <message>
            <source>Reminders need the app to be open on this system: reminding while it is closed is not implemented on this system.</source>
            <translation>En este sistema los recordatorios necesitan la aplicación abierta: los recordatorios con la aplicación cerrada no están disponibles en este sistema.</translation>
        </message>
        <message>
            <source>Reminders need the app to be open on this system: reminding while it is closed is not implemented on {system}.</source>
            <comment>system: Windows or macOS</comment>
            <translation>En este sistema los recordatorios necesitan la aplicación abierta: los recordatorios con la aplicación cerrada no están disponibles en {system}.</translation>
        </message>
        <message>
            <source>Could not write {file}: {problem}.</source>
            <translation>No se pudo escribir {file}: {problem}.</translation>
        </message>
        <message>
            <source>`{command}` failed ({problem}); {file} and its service were removed again.</source>
            <translation>`{command}` falló ({problem}); se han vuelto a quitar {file} y su servicio.</translation>
        </message>
        <message>
            <source>`{command}` failed ({problem}); {file} was deleted, but the timer may run until the next login.</source>
            <translation>`{command}` falló ({problem}); se borró {file}, pero el temporizador puede seguir activo hasta el próximo inicio de sesión.</translation>
        </message>
        <message>
            <source>`{command}` failed ({problem}) after deleting {file}.</source>
            <translation>`{command}` falló ({problem}) después de borrar {file}.</translation>
        </message>
        <message>
            <source>Could not start the background checker ({command}): {problem}.</source>
            <translation>No se pudo poner en marcha el programa de avisos en segundo plano ({command}): {problem}.</translation>
        </message>
    </context>
    <context>
        <name>ui.reminders.banner</name>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>Start &amp;now</source>
            <translation>Empezar a&amp;hora</translation>
        </message>
        <message>
            <source>Today's session opens on the Exercises page, ready: press Space to begin</source>
            <translation>La sesión de hoy se abre en la página Ejercicios, lista: pulse Espacio para empezar</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>No more reminders for this time today</source>
            <translation>Hoy no habrá más recordatorios para esta hora</translation>
        </message>
        <message>
            <source>Close the reminder</source>
            <translation>Cerrar el recordatorio</translation>
        </message>
        <message>
            <source>{reminder}. Stop any exercise that hurts.</source>
            <comment>reminder: the reminder's title</comment>
            <translation>{reminder}. Pare cualquier ejercicio que le duela.</translation>
        </message>
        <message>
            <source>&amp;Later ({minutes} min)</source>
            <translation>&amp;Más tarde ({minutes} min)</translation>
        </message>
        <message numerus="yes">
            <source>Remind me again in %n minute(s)</source>
            <translation>
                <numerusform>Recordármelo de nuevo en %n minuto</numerusform>
                <numerusform>Recordármelo de nuevo en %n minutos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.reminders.notify</name>
        <message>
            <source>Reminders appear as desktop notifications.</source>
            <translation>Los recordatorios aparecen como notificaciones del escritorio.</translation>
        </message>
        <message>
            <source>Reminders appear as a message from the app's icon in the system tray (this desktop has no notification service).</source>
            <translation>Los recordatorios aparecen como un mensaje del icono de la aplicación en la bandeja del sistema (este escritorio no tiene servicio de notificaciones).</translation>
        </message>
        <message>
            <source>Reminders appear only in this window, while it is open: this desktop has no notification service or tray.</source>
            <translation>Los recordatorios aparecen solo en esta ventana, mientras esté abierta: este escritorio no tiene servicio de notificaciones ni bandeja del sistema.</translation>
        </message>
        <message>
            <source>Later ({minutes} min)</source>
            <comment>a notification's button</comment>
            <translation>Más tarde ({minutes} min)</translation>
        </message>
        <message>
            <source>Start now</source>
            <comment>a notification's button</comment>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <comment>a notification's button</comment>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a notification's default action</comment>
            <translation>Abrir</translation>
        </message>
    </context>
    <context>
        <name>ui.reminders.schedule</name>
        <message>
            <source>No more reminders today: the day ends before then.</source>
            <translation>No habrá más recordatorios hoy: el día termina antes.</translation>
        </message>
        <message>
            <source>The reminder comes back at {time}.</source>
            <translation>El recordatorio volverá a las {time}.</translation>
        </message>
        <message>
            <source>Reminders appear in this window while it is open.</source>
            <translation>Los recordatorios aparecen en esta ventana mientras esté abierta.</translation>
        </message>
        <message>
            <source>While the app is closed there are no reminders (nothing is installed to run them).</source>
            <translation>Con la aplicación cerrada no hay recordatorios (no hay nada instalado que los muestre).</translation>
        </message>
        <message>
            <source>While the app is closed there are no reminders: nothing could be installed to run them.</source>
            <translation>Con la aplicación cerrada no hay recordatorios: no se pudo instalar nada que los muestre.</translation>
        </message>
        <message>
            <source>Reminders come only while the app is open: {problem}</source>
            <translation>Los recordatorios solo llegan con la aplicación abierta: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ui.reminders.settings_box</name>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Remind m&amp;e to do the day's exercises</source>
            <translation>Recordarme hacer los e&amp;jercicios del día</translation>
        </message>
        <message>
            <source>Remind me to do the day's exercises</source>
            <translation>Recordarme hacer los ejercicios del día</translation>
        </message>
        <message>
            <source>Reminder times</source>
            <translation>Horas de los recordatorios</translation>
        </message>
        <message>
            <source>One or more times of day on this computer's clock, for example 08:30, 18:00</source>
            <translation>Una o varias horas del día según el reloj de este equipo, por ejemplo 08:30, 18:00</translation>
        </message>
        <message>
            <source>At t&amp;imes:</source>
            <translation>A &amp;las horas:</translation>
        </message>
        <message>
            <source>Reminder days</source>
            <translation>Días de los recordatorios</translation>
        </message>
        <message>
            <source>The days the plan has exercises</source>
            <translation>Los días con ejercicios en el plan</translation>
        </message>
        <message>
            <source>These days:</source>
            <translation>Estos días:</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Días:</translation>
        </message>
        <message>
            <source>Later waits</source>
            <translation>Espera de “Más tarde”</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Later waits:</source>
            <translation>Espera de “Más &amp;tarde”:</translation>
        </message>
        <message>
            <source>Reminder times problem</source>
            <translation>Problema con las horas de los recordatorios</translation>
        </message>
        <message>
            <source>{problem}. The reminder times stay {times}.</source>
            <comment>problem: what is wrong with what was typed</comment>
            <translation>{problem}. Las horas de los recordatorios siguen siendo {times}.</translation>
        </message>
        <message>
            <source>{problem}. The reminder times stay as they were.</source>
            <comment>problem: what is wrong with what was typed</comment>
            <translation>{problem}. Las horas de los recordatorios no cambian.</translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.dialog</name>
        <message>
            <source>Knee-to-wall</source>
            <translation>Rodilla a la pared</translation>
        </message>
        <message>
            <source>Single-leg stance</source>
            <translation>Apoyo sobre una pierna</translation>
        </message>
        <message>
            <source>How the ankle is doing</source>
            <translation>Cómo va el tobillo</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Self-check</source>
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>The history file is not open, so these results cannot be kept.</source>
            <translation>El archivo del historial no está abierto, así que estos resultados no se pueden guardar.</translation>
        </message>
        <message>
            <source>Part {number} of {total}: {part}</source>
            <translation>Parte {number} de {total}: {part}</translation>
        </message>
        <message>
            <source>Your results</source>
            <translation>Sus resultados</translation>
        </message>
        <message>
            <source>See the &amp;results</source>
            <translation>Ver los &amp;resultados</translation>
        </message>
        <message>
            <source>These numbers are for you and your therapist to follow over the weeks; the app does not say what is normal.</source>
            <translation>Estas cifras sirven para que usted y su fisioterapeuta sigan la evolución semana a semana; la aplicación no dice qué es normal.</translation>
        </message>
        <message>
            <source>Nothing was entered this time. Any part can be taken on its own, whenever you like.</source>
            <translation>Esta vez no se ha anotado nada. Cada parte puede hacerse por separado, cuando quiera.</translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.entry</name>
        <message>
            <source>Self-check…</source>
            <translation>Autoevaluación…</translation>
        </message>
        <message>
            <source>Weekly self-check</source>
            <translation>Autoevaluación semanal</translation>
        </message>
        <message>
            <source>Self-check · {due}…</source>
            <comment>{due}: due today</comment>
            <translation>Autoevaluación · {due}…</translation>
        </message>
        <message>
            <source>{due} Knee-to-wall, single-leg stance and how the ankle is doing, both sides.</source>
            <comment>{due}: Last self-check 27 Nov; the next is due today.</comment>
            <translation>{due} Rodilla a la pared, apoyo sobre una pierna y cómo va el tobillo, en ambos lados.</translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.launcher</name>
        <message>
            <source>A person standing on one leg, the other foot lifted</source>
            <translation>Una persona de pie sobre una pierna, con el otro pie levantado</translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.page</name>
        <message>
            <source>Self-check</source>
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <source>Once a week, a few minutes with a wall, a tape measure and this app's timer: how far the ankle bends, how long you balance on each leg, and how everyday things feel. Your therapist can compare the sides and follow the changes.</source>
            <translation>Una vez por semana, unos minutos con una pared, una cinta métrica y el temporizador de esta aplicación: cuánto se dobla el tobillo, cuánto tiempo mantiene el equilibrio sobre cada pierna y qué tal lleva las tareas de cada día. Su fisioterapeuta puede comparar los dos lados y seguir los cambios.</translation>
        </message>
        <message>
            <source>When the next self-check is due</source>
            <translation>Cuándo toca la próxima autoevaluación</translation>
        </message>
        <message>
            <source>&amp;Begin a self-check…</source>
            <translation>&amp;Hacer una autoevaluación…</translation>
        </message>
        <message>
            <source>Take the self-check</source>
            <translation>Hacer la autoevaluación</translation>
        </message>
        <message>
            <source>E&amp;xport the self-checks (CSV)…</source>
            <translation>E&amp;xportar las autoevaluaciones (CSV)…</translation>
        </message>
        <message>
            <source>Export every self-check result as a CSV file</source>
            <translation>Exportar todos los resultados de las autoevaluaciones a un archivo CSV</translation>
        </message>
        <message>
            <source>every week</source>
            <translation>cada semana</translation>
        </message>
        <message>
            <source>every two weeks</source>
            <translation>cada dos semanas</translation>
        </message>
        <message>
            <source>every four weeks</source>
            <translation>cada cuatro semanas</translation>
        </message>
        <message>
            <source>How often a self-check is due</source>
            <translation>Cada cuánto toca una autoevaluación</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Frecuencia:</translation>
        </message>
        <message>
            <source>the affected one</source>
            <comment>the side tested first</comment>
            <translation>el afectado</translation>
        </message>
        <message>
            <source>the other one</source>
            <comment>the side tested first</comment>
            <translation>el otro</translation>
        </message>
        <message>
            <source>Which side a self-check tests first</source>
            <translation>Qué lado se mide primero en la autoevaluación</translation>
        </message>
        <message>
            <source>Which side &amp;goes first:</source>
            <translation>Lado que se &amp;mide primero:</translation>
        </message>
        <message>
            <source>The charts are on the Progress tab.</source>
            <translation>Los gráficos están en la pestaña Progreso.</translation>
        </message>
        <message>
            <source>No self-check yet. Each part is optional: take only what you can today.</source>
            <translation>Aún no hay ninguna autoevaluación. Cada parte es opcional: haga solo lo que pueda hoy.</translation>
        </message>
        <message>
            <source>The latest, on {day}</source>
            <comment>{day}: Monday 4 May 2026</comment>
            <translation>La más reciente, del {day}</translation>
        </message>
        <message>
            <source>Export self-checks as CSV</source>
            <translation>Exportar las autoevaluaciones en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV was not written. {error}</source>
            <comment>{error}: why, a sentence</comment>
            <translation>No se ha escrito el CSV. {error}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n self-check result(s) to {file}.</source>
            <comment>{file}: a path</comment>
            <translation>
                <numerusform>Se ha escrito %n resultado de autoevaluación en {file}.</numerusform>
                <numerusform>Se han escrito %n resultados de autoevaluación en {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.parts</name>
        <message>
            <source>Kept.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>{what} Each side in turn; a tape measure or ruler is all you need.</source>
            <comment>{what}: How far the ankle bends with your weight on it.</comment>
            <translation>{what} Un lado y después el otro; solo necesita una cinta métrica o una regla.</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>centimetres (cm)</source>
            <translation>centímetros (cm)</translation>
        </message>
        <message>
            <source>inches (in)</source>
            <translation>pulgadas (in)</translation>
        </message>
        <message>
            <source>Unit for the distance</source>
            <translation>Unidad de la distancia</translation>
        </message>
        <message>
            <source>Left foot:</source>
            <translation>Pie izquierdo:</translation>
        </message>
        <message>
            <source>Right foot:</source>
            <translation>Pie derecho:</translation>
        </message>
        <message>
            <source>{field}: distance from the big toe to the wall</source>
            <comment>{field}: Knee-to-wall, left</comment>
            <translation>{field}: distancia del dedo gordo a la pared</translation>
        </message>
        <message>
            <source>Could not do it: it &amp;hurt</source>
            <comment>the side tested first</comment>
            <translation>No pude: me &amp;dolió</translation>
        </message>
        <message>
            <source>Could not do it: it hu&amp;rt</source>
            <comment>the side tested second</comment>
            <translation>No pude: me do&amp;lió</translation>
        </message>
        <message>
            <source>{field}: could not do it because it hurt</source>
            <comment>{field}: Knee-to-wall, left</comment>
            <translation>{field}: no se pudo hacer porque dolía</translation>
        </message>
        <message>
            <source>{error} Nothing was kept.</source>
            <comment>{error}: what is wrong with the value typed</comment>
            <translation>{error} No se ha guardado nada.</translation>
        </message>
        <message>
            <source>Kept: {result}.</source>
            <comment>{result}: 9 cm</comment>
            <translation>Guardado: {result}.</translation>
        </message>
        <message>
            <source>Kept: could not do it because it hurt. That is a result too.</source>
            <translation>Guardado: no se pudo hacer porque dolía. Eso también es un resultado.</translation>
        </message>
        <message>
            <source>{what} The app times it; each side with eyes open, and with eyes closed if you choose.</source>
            <comment>{what}: How long you can balance on one leg.</comment>
            <translation>{what} La aplicación lo cronometra: cada lado con los ojos abiertos y, si quiere, también con los ojos cerrados.</translation>
        </message>
        <message>
            <source>&amp;Maximum:</source>
            <translation>&amp;Máximo:</translation>
        </message>
        <message>
            <source>{seconds} seconds</source>
            <translation>{seconds} segundos</translation>
        </message>
        <message>
            <source>Longest time a stance is timed</source>
            <translation>Tiempo máximo que se cronometra cada apoyo</translation>
        </message>
        <message>
            <source>Also with &amp;eyes closed</source>
            <translation>También con los &amp;ojos cerrados</translation>
        </message>
        <message>
            <source>Kept: {result}. Next: {trial}. Press Space when ready.</source>
            <comment>{result}: 12.5 s; {trial}: left leg, eyes open</comment>
            <translation>Guardado: {result}. Siguiente: {trial}. Pulse Espacio cuando quiera.</translation>
        </message>
        <message>
            <source>Kept: {result}. That was the last one: press Next to go on.</source>
            <comment>{result}: 12.5 s</comment>
            <translation>Guardado: {result}. Era el último: pulse Siguiente para continuar.</translation>
        </message>
        <message>
            <source>not timed yet</source>
            <translation>aún sin cronometrar</translation>
        </message>
        <message>
            <source>How is each of these for you at the moment? 0 means you can't, 10 means no trouble at all. Skip any that do not apply.</source>
            <translation>¿Qué tal le va ahora con cada una de estas actividades? 0 significa que no puede; 10, ninguna dificultad. Salte las que no vengan al caso.</translation>
        </message>
        <message>
            <source>I am returning to running or &amp;jumping</source>
            <translation>Estoy volviendo a correr o a &amp;saltar</translation>
        </message>
        <message>
            <source>Clear</source>
            <comment>a rating</comment>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear the {measure} rating</source>
            <comment>{measure}: the rating's name, lower case: walking</comment>
            <translation>Borrar la valoración de {measure}</translation>
        </message>
        <message>
            <source>Your ankle &amp;today, as a percentage of normal:</source>
            <translation>Su tobillo &amp;hoy, como porcentaje de lo normal:</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>Your ankle today, as a percentage of normal</source>
            <translation>Su tobillo hoy, como porcentaje de lo normal</translation>
        </message>
    </context>
    <context>
        <name>ui.selfcheck.stance</name>
        <message>
            <source>Left leg, {variant}</source>
            <comment>{variant}: eyes open</comment>
            <translation>Pierna izquierda, {variant}</translation>
        </message>
        <message>
            <source>Right leg, {variant}</source>
            <comment>{variant}: eyes open</comment>
            <translation>Pierna derecha, {variant}</translation>
        </message>
        <message>
            <source>Time on one leg</source>
            <translation>Tiempo sobre una pierna</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <source>Start timing the left leg, {variant}</source>
            <comment>{variant}: eyes open</comment>
            <translation>Empezar a cronometrar la pierna izquierda, {variant}</translation>
        </message>
        <message>
            <source>Start timing the right leg, {variant}</source>
            <comment>{variant}: eyes open</comment>
            <translation>Empezar a cronometrar la pierna derecha, {variant}</translation>
        </message>
        <message>
            <source>Press Space to start. After 3, 2, 1, lift the other foot; the timer stops by itself at {seconds} s.</source>
            <comment>{seconds}: 30</comment>
            <translation>Pulse Espacio para empezar. Tras 3, 2, 1, levante el otro pie; el temporizador se para solo a los {seconds} s.</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Parar</translation>
        </message>
        <message>
            <source>Stop: the lifted foot touched down</source>
            <translation>Parar: el pie levantado tocó el suelo</translation>
        </message>
        <message>
            <source>Stop the moment the lifted foot touches down or you grab the support.</source>
            <translation>Pare en cuanto el pie levantado toque el suelo o se agarre al apoyo.</translation>
        </message>
        <message>
            <source>Called off before the start. Press Space to try again.</source>
            <translation>Anulado antes de empezar. Pulse Espacio para volver a intentarlo.</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <source>Time the left leg, {variant}, again</source>
            <comment>{variant}: eyes open</comment>
            <translation>Volver a cronometrar la pierna izquierda, {variant}</translation>
        </message>
        <message>
            <source>Time the right leg, {variant}, again</source>
            <comment>{variant}: eyes open</comment>
            <translation>Volver a cronometrar la pierna derecha, {variant}</translation>
        </message>
        <message>
            <source>Kept. Press Space to time it again, or go on.</source>
            <translation>Guardado. Pulse Espacio para cronometrarlo de nuevo, o continúe.</translation>
        </message>
    </context>
    <context>
        <name>ui.session.bar</name>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Session status</source>
            <translation>Estado de la sesión</translation>
        </message>
        <message>
            <source>Start a session</source>
            <translation>Empezar una sesión</translation>
        </message>
        <message>
            <source>Open a session now (starting a timer also opens one)</source>
            <translation>Abrir una sesión ahora (al poner en marcha el temporizador también se abre una)</translation>
        </message>
        <message>
            <source>Resume it</source>
            <translation>Continuarla</translation>
        </message>
        <message>
            <source>Keep recording into that session</source>
            <translation>Seguir registrando en esa sesión</translation>
        </message>
        <message>
            <source>Close it</source>
            <translation>Cerrarla</translation>
        </message>
        <message>
            <source>End that session as it is; nothing is lost</source>
            <translation>Terminar esa sesión tal como está; no se pierde nada</translation>
        </message>
        <message>
            <source>Finish session…</source>
            <translation>Terminar la sesión…</translation>
        </message>
        <message>
            <source>Pain after, effort and notes, then save</source>
            <translation>Dolor al final, esfuerzo y notas, y guardar</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Dolor antes</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>sin dolor</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <translation>el peor imaginable</translation>
        </message>
        <message>
            <source>Pain right now? (0 none, 10 worst)</source>
            <translation>¿Dolor ahora mismo? (0 nada, 10 el peor)</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>do not rate the pain</comment>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Don't rate the pain this time</source>
            <translation>No valorar el dolor esta vez</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Empezar la rutina</translation>
        </message>
        <message>
            <source>Run the queued exercises one after another</source>
            <translation>Hacer los ejercicios en cola uno tras otro</translation>
        </message>
        <message>
            <source>Next exercise (N)</source>
            <translation>Ejercicio siguiente (N)</translation>
        </message>
        <message>
            <source>Go on to the next exercise now</source>
            <translation>Pasar ahora al ejercicio siguiente</translation>
        </message>
        <message>
            <source>Edit…</source>
            <comment>the routine</comment>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Reorder or remove the exercises still to come</source>
            <translation>Reordenar o quitar los ejercicios que faltan</translation>
        </message>
        <message>
            <source>Edit routine</source>
            <translation>Editar la rutina</translation>
        </message>
        <message>
            <source>Clear routine</source>
            <translation>Vaciar la rutina</translation>
        </message>
        <message numerus="yes">
            <source>A session from {day}, {time} was not finished (%n set(s) recorded). Carry on with it?</source>
            <comment>{day}: Mon 4 May; {time}: 18:05</comment>
            <translation>
                <numerusform>Una sesión del {day}, {time} no se terminó (%n serie registrada). ¿Quiere continuarla?</numerusform>
                <numerusform>Una sesión del {day}, {time} no se terminó (%n series registradas). ¿Quiere continuarla?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) done</source>
            <translation>
                <numerusform>%n serie hecha</numerusform>
                <numerusform>%n series hechas</numerusform>
            </translation>
        </message>
        <message>
            <source>Session since {time} · {exercises} · {sets}</source>
            <comment>{time}: 18:05; {exercises}: 2 exercises; {sets}: 5 sets done</comment>
            <translation>Sesión desde las {time} · {exercises} · {sets}</translation>
        </message>
        <message>
            <source>No session open. Starting a timer (Space) opens one.</source>
            <translation>No hay ninguna sesión abierta. Al poner en marcha el temporizador (Espacio) se abre una.</translation>
        </message>
        <message>
            <source>Routine {number} of {total} · next: {exercise}</source>
            <translation>Rutina: {number} de {total} · siguiente: {exercise}</translation>
        </message>
        <message>
            <source>Routine {number} of {total} · last one</source>
            <translation>Rutina: {number} de {total} · el último</translation>
        </message>
        <message numerus="yes">
            <source>Routine done: %n exercises. Finish the session when you are ready.</source>
            <translation>
                <numerusform>Rutina terminada: %n ejercicio. Termine la sesión cuando quiera.</numerusform>
                <numerusform>Rutina terminada: %n ejercicios. Termine la sesión cuando quiera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine ({count}): {exercises} · Space starts it</source>
            <comment>{exercises}: the exercises' names, in a list</comment>
            <translation>Rutina ({count}): {exercises} · Espacio la empieza</translation>
        </message>
        <message>
            <source>Start it again</source>
            <translation>Empezarla de nuevo</translation>
        </message>
    </context>
    <context>
        <name>ui.session.controller</name>
        <message>
            <source>Could not save {what}: {error} The timer carries on.</source>
            <comment>{what}: the new session, the set...; {error}: why, a sentence</comment>
            <translation>No se pudo guardar {what}: {error} El temporizador sigue.</translation>
        </message>
        <message>
            <source>the new session</source>
            <comment>Could not save {what}</comment>
            <translation>la nueva sesión</translation>
        </message>
        <message>
            <source>Resumed the session from {day}, {time}.</source>
            <comment>{day}: Mon 4 May; {time}: 18:05</comment>
            <translation>Se ha retomado la sesión del {day}, {time}.</translation>
        </message>
        <message>
            <source>the earlier session</source>
            <comment>Could not save {what}</comment>
            <translation>la sesión anterior</translation>
        </message>
        <message>
            <source>Closed the earlier session; everything recorded in it is kept.</source>
            <translation>Se ha cerrado la sesión anterior; se conserva todo lo registrado en ella.</translation>
        </message>
        <message>
            <source>the pain rating</source>
            <comment>Could not save {what}</comment>
            <translation>la valoración del dolor</translation>
        </message>
        <message>
            <source>the finished session</source>
            <comment>Could not save {what}</comment>
            <translation>la sesión terminada</translation>
        </message>
        <message>
            <source>Session saved. Rest, and talk to your therapist if the pain stays.</source>
            <translation>Sesión guardada. Descanse y hable con su fisioterapeuta si el dolor no se va.</translation>
        </message>
        <message>
            <source>Session saved. Well done.</source>
            <translation>Sesión guardada. ¡Buen trabajo!</translation>
        </message>
        <message>
            <source>the session's place</source>
            <comment>Could not save {what}</comment>
            <translation>el punto de la sesión</translation>
        </message>
        <message>
            <source>the exercise</source>
            <comment>Could not save {what}</comment>
            <translation>el ejercicio</translation>
        </message>
        <message>
            <source>the set</source>
            <comment>Could not save {what}</comment>
            <translation>la serie</translation>
        </message>
    </context>
    <context>
        <name>ui.session.coordinator</name>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n serie</numerusform>
                <numerusform>%n series</numerusform>
            </translation>
        </message>
        <message>
            <source>It &amp;hurts</source>
            <translation>&amp;Me duele</translation>
        </message>
        <message>
            <source>&amp;Add exercise to routine</source>
            <translation>Aña&amp;dir ejercicio a la rutina</translation>
        </message>
        <message>
            <source>Start r&amp;outine</source>
            <translation>Empezar la r&amp;utina</translation>
        </message>
        <message>
            <source>&amp;Next exercise</source>
            <translation>Ejercicio siguie&amp;nte</translation>
        </message>
        <message>
            <source>&amp;Edit routine…</source>
            <translation>Ed&amp;itar la rutina…</translation>
        </message>
        <message>
            <source>C&amp;lear routine</source>
            <translation>&amp;Vaciar la rutina</translation>
        </message>
        <message>
            <source>F&amp;inish session…</source>
            <translation>&amp;Terminar la sesión…</translation>
        </message>
        <message>
            <source>Next exercise: {exercise}</source>
            <translation>Ejercicio siguiente: {exercise}</translation>
        </message>
        <message>
            <source>The timer is on {exercise} now; the unfinished set was not counted.</source>
            <translation>El temporizador está ahora en {exercise}; la serie sin terminar no se ha contado.</translation>
        </message>
        <message>
            <source>Added {exercise} to the routine ({number} of {total}). Press Space to start it.</source>
            <translation>Se ha añadido {exercise} a la rutina ({number} de {total}). Pulse Espacio para empezarla.</translation>
        </message>
        <message>
            <source>Added {exercise} to the routine ({number} of {total}).</source>
            <translation>Se ha añadido {exercise} a la rutina ({number} de {total}).</translation>
        </message>
        <message numerus="yes">
            <source>Routine started with {exercise}, which is under way; %n more after it.</source>
            <translation>
                <numerusform>Rutina empezada con {exercise}, que ya está en marcha; después, %n más.</numerusform>
                <numerusform>Rutina empezada con {exercise}, que ya está en marcha; después, %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine started: {exercise}, then {others}. N moves on to the next one.</source>
            <comment>{others}: the other exercises' names, in a list</comment>
            <translation>Rutina en marcha: {exercise} y después {others}. N pasa al siguiente.</translation>
        </message>
        <message>
            <source>Routine started: {exercise}. N moves on to the next one.</source>
            <translation>Rutina en marcha: {exercise}. N pasa al siguiente.</translation>
        </message>
        <message>
            <source>There is no next exercise in the routine. Ctrl+Enter adds one.</source>
            <translation>No hay ningún ejercicio siguiente en la rutina. Ctrl+Intro añade uno.</translation>
        </message>
        <message>
            <source>Next: {exercise}.</source>
            <comment>spoken</comment>
            <translation>Siguiente: {exercise}.</translation>
        </message>
        <message>
            <source>Next: {exercise}. Press Space when you are ready.</source>
            <translation>Siguiente: {exercise}. Pulse Espacio cuando quiera empezar.</translation>
        </message>
        <message>
            <source>Done. Press N or Space for the routine.</source>
            <translation>Hecho. Pulse N o Espacio para la rutina.</translation>
        </message>
        <message numerus="yes">
            <source>Routine done: %n exercises, {sets} in this session. Finish the session (Ctrl+Shift+F) when you are ready.</source>
            <comment>{sets}: 5 sets</comment>
            <translation>
                <numerusform>Rutina terminada: %n ejercicio, {sets} en esta sesión. Termine la sesión (Ctrl+Mayús+F) cuando quiera.</numerusform>
                <numerusform>Rutina terminada: %n ejercicios, {sets} en esta sesión. Termine la sesión (Ctrl+Mayús+F) cuando quiera.</numerusform>
            </translation>
        </message>
        <message>
            <source>That was the last exercise of the routine.</source>
            <translation>Ese era el último ejercicio de la rutina.</translation>
        </message>
        <message>
            <source>Back to {exercise}, {side}, {set}. Press Space to go on.</source>
            <comment>{side}: right foot on the pad; {set}: set 2 of 3</comment>
            <translation>De vuelta a {exercise}, {side}, {set}. Pulse Espacio para continuar.</translation>
        </message>
        <message>
            <source>Back to {exercise}, set {number}. Press Space to go on.</source>
            <translation>De vuelta a {exercise}, serie {number}. Pulse Espacio para continuar.</translation>
        </message>
        <message>
            <source>Back to {exercise}. Press Space to go on.</source>
            <translation>De vuelta a {exercise}. Pulse Espacio para continuar.</translation>
        </message>
        <message>
            <source>Carrying on as it was. Stop if it gets worse.</source>
            <translation>Se sigue como estaba. Pare si empeora.</translation>
        </message>
        <message>
            <source>Carrying on as it was.</source>
            <translation>Se sigue como estaba.</translation>
        </message>
        <message>
            <source>Pain {rating} of 10 noted. Rest, and stop for today if it stays.</source>
            <translation>Dolor {rating} de 10 anotado. Descanse y pare por hoy si no se va.</translation>
        </message>
        <message>
            <source>Skipped. Choose another exercise, or finish the session.</source>
            <translation>Saltado. Elija otro ejercicio o termine la sesión.</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{seconds} s hold</source>
            <translation>mantener {seconds} s</translation>
        </message>
        <message>
            <source>Easier dose: {dose}. Stop if it still hurts.</source>
            <comment>{dose}: 2 sets, 8 reps, 5 s hold</comment>
            <translation>Dosis más suave: {dose}. Pare si sigue doliendo.</translation>
        </message>
        <message numerus="yes">
            <source>Stopped because of pain. %n set(s) done since {time}.</source>
            <comment>{time}: 18:05</comment>
            <translation>
                <numerusform>Sesión parada por dolor. %n serie hecha desde las {time}.</numerusform>
                <numerusform>Sesión parada por dolor. %n series hechas desde las {time}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) done since {time}.</source>
            <comment>{time}: 18:05</comment>
            <translation>
                <numerusform>%n serie hecha desde las {time}.</numerusform>
                <numerusform>%n series hechas desde las {time}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.session.pain_dialogs</name>
        <message>
            <source>{scale}: {number} of 10, {meaning}</source>
            <comment>{scale}: Pain; {meaning}: no pain</comment>
            <translation>{scale}: {number} de 10, {meaning}</translation>
        </message>
        <message>
            <source>{scale}: {number} of 10</source>
            <comment>{scale}: Pain</comment>
            <translation>{scale}: {number} de 10</translation>
        </message>
        <message>
            <source>0 {low}, 10 {high}</source>
            <comment>{low}: no pain; {high}: worst imaginable</comment>
            <translation>0 {low}, 10 {high}</translation>
        </message>
        <message>
            <source>{scale}, scale of 0 to 10</source>
            <comment>{scale}: Pain</comment>
            <translation>{scale}, escala de 0 a 10</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Parar la sesión</translation>
        </message>
        <message>
            <source>Skip this exercise</source>
            <translation>Saltar este ejercicio</translation>
        </message>
        <message>
            <source>Continue at an easier dose</source>
            <translation>Seguir con una dosis más suave</translation>
        </message>
        <message>
            <source>Carry on as it was</source>
            <translation>Seguir como estaba</translation>
        </message>
        <message>
            <source>It hurts</source>
            <translation>Me duele</translation>
        </message>
        <message>
            <source>The timer is paused.</source>
            <translation>El temporizador está en pausa.</translation>
        </message>
        <message>
            <source>No exercise is running.</source>
            <translation>No hay ningún ejercicio en marcha.</translation>
        </message>
        <message>
            <source>How bad is the pain right now, from 0 to 10? ({exercise})</source>
            <translation>¿Cuánto le duele ahora mismo, de 0 a 10? ({exercise})</translation>
        </message>
        <message>
            <source>How bad is the pain right now, from 0 to 10?</source>
            <translation>¿Cuánto le duele ahora mismo, de 0 a 10?</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Dolor</translation>
        </message>
        <message>
            <source>no pain</source>
            <translation>sin dolor</translation>
        </message>
        <message>
            <source>worst imaginable</source>
            <translation>el peor imaginable</translation>
        </message>
        <message>
            <source>Keys: 0 to 9, {ten} for 10; then the letter on a button. Esc carries on as it was.</source>
            <comment>{ten}: the letter key that gives 10</comment>
            <translation>Teclas: de 0 a 9, {ten} para el 10; después, la letra de un botón. Esc sigue como estaba.</translation>
        </message>
        <message>
            <source>Keys: 0 to 9, {ten} for 10; then the letter on a button. Esc closes; a rating given is kept.</source>
            <comment>{ten}: the letter key that gives 10</comment>
            <translation>Teclas: de 0 a 9, {ten} para el 10; después, la letra de un botón. Esc cierra; la valoración dada se guarda.</translation>
        </message>
        <message>
            <source>Finish the session</source>
            <translation>Terminar la sesión</translation>
        </message>
        <message>
            <source>Key: {key}</source>
            <translation>Tecla: {key}</translation>
        </message>
        <message>
            <source>Pain now</source>
            <translation>Dolor ahora</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <source>very easy</source>
            <translation>muy fácil</translation>
        </message>
        <message>
            <source>all-out</source>
            <translation>al máximo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Anything to remember or to tell your therapist (optional)</source>
            <translation>Lo que quiera recordar o contar a su fisioterapeuta (opcional)</translation>
        </message>
        <message>
            <source>Save and finish</source>
            <translation>Guardar y terminar</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>How is the pain now?</source>
            <translation>¿Cómo está el dolor ahora?</translation>
        </message>
        <message>
            <source>How hard was it?</source>
            <translation>¿Cuánto le ha costado?</translation>
        </message>
        <message>
            <source>Keys: 0 to 9, {ten} for 10, in the row that has the focus; Tab moves on.</source>
            <comment>{ten}: the letter key that gives 10</comment>
            <translation>Teclas: de 0 a 9, {ten} para el 10, en la fila que tiene el foco; Tab pasa a la siguiente.</translation>
        </message>
    </context>
    <context>
        <name>ui.session.questions</name>
        <message>
            <source>the history file</source>
            <translation>el archivo del historial</translation>
        </message>
        <message>
            <source>The disk refused the write.</source>
            <translation>El disco no ha permitido escribir.</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) or pain rating(s) could not be written to {file}.

{error}

Free some space or fix the folder, then try again. If you quit now they are lost.</source>
            <comment>{file}: a path; {error}: why, a sentence</comment>
            <translation>
                <numerusform>No se pudo escribir %n serie o valoración del dolor en {file}.

{error}

Libere espacio o arregle la carpeta y vuelva a intentarlo. Si sale ahora, se perderá.</numerusform>
                <numerusform>No se pudieron escribir %n series o valoraciones del dolor en {file}.

{error}

Libere espacio o arregle la carpeta y vuelva a intentarlo. Si sale ahora, se perderán.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sets not saved yet</source>
            <translation>Series aún sin guardar</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message numerus="yes">
            <source>Quit and lose %n</source>
            <translation>
                <numerusform>Salir y perder %n</numerusform>
                <numerusform>Salir y perder %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Saved the kept sets.</source>
            <translation>Se han guardado las series pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) done since {time}. Finish the session now, or keep it to resume at the same exercise and set next time?</source>
            <comment>{time}: 18:05</comment>
            <translation>
                <numerusform>%n serie hecha desde las {time}. ¿Terminar la sesión ahora o guardarla para continuar en el mismo ejercicio y la misma serie la próxima vez?</numerusform>
                <numerusform>%n series hechas desde las {time}. ¿Terminar la sesión ahora o guardarla para continuar en el mismo ejercicio y la misma serie la próxima vez?</numerusform>
            </translation>
        </message>
        <message>
            <source>The session is still open</source>
            <translation>La sesión sigue abierta</translation>
        </message>
        <message>
            <source>Finish now…</source>
            <translation>Terminar ahora…</translation>
        </message>
        <message>
            <source>Keep it for later</source>
            <translation>Guardarla para después</translation>
        </message>
    </context>
    <context>
        <name>ui.session.routine_dialog</name>
        <message>
            <source>Edit the routine</source>
            <translation>Editar la rutina</translation>
        </message>
        <message>
            <source>The exercises run in this order. Alt+Up and Alt+Down move the one selected; Delete takes it out.</source>
            <translation>Los ejercicios se hacen en este orden. Alt+Flecha arriba y Alt+Flecha abajo mueven el seleccionado; Supr lo quita.</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
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
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Clear all</source>
            <translation>&amp;Vaciar todo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <comment>a key</comment>
            <translation>Alt+Flecha arriba</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <comment>a key</comment>
            <translation>Alt+Flecha abajo</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>a key</comment>
            <translation>Supr</translation>
        </message>
        <message>
            <source>Key: {key}</source>
            <translation>Tecla: {key}</translation>
        </message>
        <message>
            <source>done</source>
            <comment>an exercise of the routine</comment>
            <translation>hecho</translation>
        </message>
        <message>
            <source>now</source>
            <comment>the exercise of the routine under way</comment>
            <translation>ahora</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.exercise_page</name>
        <message>
            <source>Show</source>
            <comment>which pane to show</comment>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>List  (Ctrl+L)</source>
            <translation>Lista  (Ctrl+L)</translation>
        </message>
        <message>
            <source>Show the exercise list</source>
            <translation>Mostrar la lista de ejercicios</translation>
        </message>
        <message>
            <source>Instructions  (Ctrl+I)</source>
            <translation>Instrucciones  (Ctrl+I)</translation>
        </message>
        <message>
            <source>Show the instructions</source>
            <translation>Mostrar las instrucciones</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Show the timer</source>
            <translation>Mostrar el temporizador</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.main_window</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>&amp;Exercises</source>
            <comment>page tab</comment>
            <translation>&amp;Ejercicios</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <comment>page tab</comment>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>Hist&amp;ory</source>
            <comment>page tab</comment>
            <translation>Hist&amp;orial</translation>
        </message>
        <message>
            <source>Choose an exercise. Ctrl+F searches; Right and Left move through the steps.</source>
            <translation>Elija un ejercicio. Ctrl+F busca; Derecha e Izquierda recorren los pasos.</translation>
        </message>
        <message>
            <source>Nothing is planned for today. The Plan page (Ctrl+2) sets up your week.</source>
            <translation>No hay nada previsto para hoy. En la página Plan (Ctrl+2) puede organizar su semana.</translation>
        </message>
        <message numerus="yes">
            <source>All %n of today's exercises are done. Well done.</source>
            <translation>
                <numerusform>Ya ha hecho el ejercicio de hoy (%n de %n). ¡Muy bien!</numerusform>
                <numerusform>Ya ha hecho los %n ejercicios de hoy. ¡Muy bien!</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today's session is ready: %n exercise(s), about {minutes} min. Press Space to begin.</source>
            <translation>
                <numerusform>La sesión de hoy está lista: %n ejercicio, unos {minutes} min. Pulse Espacio para empezar.</numerusform>
                <numerusform>La sesión de hoy está lista: %n ejercicios, unos {minutes} min. Pulse Espacio para empezar.</numerusform>
            </translation>
        </message>
        <message>
            <source>[timer speed ×{speed}]</source>
            <comment>the --speed factor</comment>
            <translation>[velocidad del temporizador ×{speed}]</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.menus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Print the weekly plan…</source>
            <translation>&amp;Imprimir el plan semanal…</translation>
        </message>
        <message>
            <source>Export the weekly plan as P&amp;DF…</source>
            <translation>Exportar el plan semanal en P&amp;DF…</translation>
        </message>
        <message>
            <source>Add the plan to my &amp;calendar…</source>
            <translation>Añadir el plan a mi &amp;calendario…</translation>
        </message>
        <message>
            <source>E&amp;xport the program to share…</source>
            <translation>E&amp;xportar el programa para compartirlo…</translation>
        </message>
        <message>
            <source>&amp;Import a program…</source>
            <translation>Im&amp;portar un programa…</translation>
        </message>
        <message>
            <source>Add my &amp;own exercise…</source>
            <translation>Añadir un ejercicio pr&amp;opio…</translation>
        </message>
        <message>
            <source>&amp;Log a session done without the timer…</source>
            <translation>&amp;Registrar una sesión hecha sin el temporizador…</translation>
        </message>
        <message>
            <source>Take the weekly self-chec&amp;k…</source>
            <translation>Hacer la autoevaluación &amp;semanal…</translation>
        </message>
        <message>
            <source>Export the &amp;history as CSV…</source>
            <translation>Exportar el &amp;historial en CSV…</translation>
        </message>
        <message>
            <source>&amp;Therapist summary (PDF)…</source>
            <translation>Resumen para el &amp;fisioterapeuta (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sa&amp;lir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Search exercises</source>
            <translation>&amp;Buscar ejercicios</translation>
        </message>
        <message>
            <source>Exercise &amp;list</source>
            <translation>&amp;Lista de ejercicios</translation>
        </message>
        <message>
            <source>&amp;Instructions</source>
            <translation>&amp;Instrucciones</translation>
        </message>
        <message>
            <source>&amp;Exercises</source>
            <translation>&amp;Ejercicios</translation>
        </message>
        <message>
            <source>&amp;Timer</source>
            <translation>&amp;Temporizador</translation>
        </message>
        <message>
            <source>&amp;Sound</source>
            <translation>&amp;Sonido</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Program &amp;guidance</source>
            <translation>&amp;Guía del programa</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>Acerca &amp;de {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.restore_dialog</name>
        <message>
            <source>automatic</source>
            <translation>automática</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>hecha a mano</translation>
        </message>
        <message>
            <source>before an update</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <source>the history before a restore</source>
            <translation>el historial antes de restaurar</translation>
        </message>
        <message>
            <source>Restore the history</source>
            <translation>Restaurar el historial</translation>
        </message>
        <message>
            <source>Backups in:</source>
            <translation>Copias de seguridad en:</translation>
        </message>
        <message>
            <source>There are no backups in:</source>
            <translation>No hay copias de seguridad en:</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, la más reciente primero</translation>
        </message>
        <message>
            <source>&amp;Restore this one</source>
            <translation>&amp;Restaurar esta</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurar esta copia de seguridad</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>&amp;Otro archivo…</translation>
        </message>
        <message>
            <source>Restore from another file</source>
            <translation>Restaurar desde otro archivo</translation>
        </message>
        <message>
            <source>Restore the history from a file</source>
            <translation>Restaurar el historial desde un archivo</translation>
        </message>
        <message>
            <source>History backups (*.sqlite3);;All files (*)</source>
            <translation>Copias del historial (*.sqlite3);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.settings_dialog</name>
        <message>
            <source>Left</source>
            <translation>Izquierdo</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecho</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Página de ajustes</translation>
        </message>
        <message>
            <source>Close the settings</source>
            <translation>Cerrar los ajustes</translation>
        </message>
        <message>
            <source>Sound and voice</source>
            <translation>Sonido y voz</translation>
        </message>
        <message>
            <source>Sound effects (ticks and chimes)</source>
            <translation>Efectos de sonido (tictac y campanadas)</translation>
        </message>
        <message>
            <source>Spoken cues (side, set, what to do)</source>
            <translation>Avisos hablados (lado, serie, qué hacer)</translation>
        </message>
        <message>
            <source>Read each step aloud</source>
            <translation>Leer cada paso en voz alta</translation>
        </message>
        <message>
            <source>Speech engine</source>
            <translation>Motor de voz</translation>
        </message>
        <message>
            <source>Default</source>
            <comment>the speech engine</comment>
            <translation>Predeterminado</translation>
        </message>
        <message>
            <source>The new engine is used from the next start.</source>
            <translation>El nuevo motor se usará a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <source>Speaking rate</source>
            <translation>Velocidad de habla</translation>
        </message>
        <message>
            <source>Test the voice</source>
            <translation>Probar la voz</translation>
        </message>
        <message>
            <source>Right leg. Set 2 of 3. Hold for 30 seconds.</source>
            <comment>spoken when the voice is tested</comment>
            <translation>Pierna derecha. Serie 2 de 3. Mantenga 30 segundos.</translation>
        </message>
        <message>
            <source>Slower</source>
            <comment>speaking rate</comment>
            <translation>Más lento</translation>
        </message>
        <message>
            <source>Faster</source>
            <comment>speaking rate</comment>
            <translation>Más rápido</translation>
        </message>
        <message>
            <source>Starting the speech engine…</source>
            <translation>Iniciando el motor de voz…</translation>
        </message>
        <message>
            <source>No voices available</source>
            <translation>No hay voces disponibles</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Get-ready time</source>
            <translation>Tiempo para prepararse</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Descanso entre series</translation>
        </message>
        <message>
            <source>Affected ankle</source>
            <translation>Tobillo afectado</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>With both ankles, start with</source>
            <translation>Con ambos tobillos, empezar por</translation>
        </message>
        <message>
            <source>Rest between sets*</source>
            <comment>the * points to the footnote</comment>
            <translation>Descanso entre series*</translation>
        </message>
        <message>
            <source>* The app's suggestion: the article gives no rest time.</source>
            <translation>* Sugerencia de la aplicación: el artículo no indica tiempo de descanso.</translation>
        </message>
        <message>
            <source>Exercises start on the affected ankle; this applies when both are.</source>
            <translation>Los ejercicios empiezan por el tobillo afectado; esto se aplica cuando lo están ambos.</translation>
        </message>
        <message>
            <source>Exercises for the affected side work each side in turn; everything starts on the side chosen above, and step-ups lead with that foot.</source>
            <translation>Los ejercicios del lado afectado trabajan cada lado por turnos; todo empieza por el lado elegido arriba, y las subidas al escalón empiezan con ese pie.</translation>
        </message>
        <message>
            <source>Every exercise starts on the left side, and step-ups lead with the left foot; the choice above is for when both ankles are affected.</source>
            <translation>Todos los ejercicios empiezan por el lado izquierdo, y las subidas al escalón empiezan con el pie izquierdo; la opción de arriba es para cuando ambos tobillos están afectados.</translation>
        </message>
        <message>
            <source>Every exercise starts on the right side, and step-ups lead with the right foot; the choice above is for when both ankles are affected.</source>
            <translation>Todos los ejercicios empiezan por el lado derecho, y las subidas al escalón empiezan con el pie derecho; la opción de arriba es para cuando ambos tobillos están afectados.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Según el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <comment>colour scheme</comment>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <comment>colour scheme</comment>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Colour scheme</source>
            <translation>Esquema de colores</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Moving pictures, in step with the timer</source>
            <translation>Imágenes en &amp;movimiento, al ritmo del temporizador</translation>
        </message>
        <message>
            <source>Moving pictures, in step with the timer</source>
            <translation>Imágenes en movimiento, al ritmo del temporizador</translation>
        </message>
        <message>
            <source>Off: each picture stays still in the held position. The pictures are also still when the computer is set to reduce motion.</source>
            <translation>Desactivado: cada imagen queda quieta en la posición mantenida. Las imágenes también quedan quietas cuando el equipo está configurado para reducir el movimiento.</translation>
        </message>
        <message>
            <source>Small &amp;pictures in the exercise list</source>
            <translation>Imágenes &amp;pequeñas en la lista de ejercicios</translation>
        </message>
        <message>
            <source>Small pictures in the exercise list</source>
            <translation>Imágenes pequeñas en la lista de ejercicios</translation>
        </message>
        <message>
            <source>System language ({language})</source>
            <comment>the language it comes to, in its own words</comment>
            <translation>Idioma del sistema ({language})</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>For your therapist’s summary</source>
            <translation>Para el resumen de su fisioterapeuta</translation>
        </message>
        <message>
            <source>Both optional. They appear only on the therapist summary you print or save, nowhere else.</source>
            <translation>Ambos son opcionales. Solo aparecen en el resumen para el fisioterapeuta que imprima o guarde, en ningún otro sitio.</translation>
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation>Su &amp;nombre</translation>
        </message>
        <message>
            <source>Your &amp;therapist’s name</source>
            <translation>Nombre de su &amp;fisioterapeuta</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Sus datos</translation>
        </message>
        <message>
            <source>History and settings are kept in:
{folder}</source>
            <translation>El historial y los ajustes se guardan en:
{folder}</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Carpeta de datos: {folder}</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Abrir la carpeta</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Abrir la carpeta de datos</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Backups go to:</source>
            <translation>Las copias de seguridad se guardan en:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>&amp;Elegir carpeta…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Elegir la carpeta de las copias de seguridad</translation>
        </message>
        <message>
            <source>Use the &amp;usual folder</source>
            <translation>Usar la carpeta ha&amp;bitual</translation>
        </message>
        <message>
            <source>Back up to the usual folder in the data folder</source>
            <translation>Guardar las copias en la carpeta habitual, dentro de la carpeta de datos</translation>
        </message>
        <message>
            <source>Back up &amp;automatically every week</source>
            <translation>Hacer una copia &amp;automática cada semana</translation>
        </message>
        <message>
            <source>Back up automatically every week</source>
            <translation>Hacer una copia automática cada semana</translation>
        </message>
        <message>
            <source>Automatic backups to keep</source>
            <translation>Copias automáticas que se conservan</translation>
        </message>
        <message>
            <source>&amp;Keep the last</source>
            <comment>before the number</comment>
            <translation>Conser&amp;var las últimas</translation>
        </message>
        <message>
            <source>The oldest automatic backups beyond these are removed; those made by hand never are.</source>
            <translation>Las copias automáticas más antiguas que estas se borran; las hechas a mano, nunca.</translation>
        </message>
        <message>
            <source>automatic backups</source>
            <comment>after the number</comment>
            <translation>copias automáticas</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>Hacer una copia a&amp;hora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer una copia ahora</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurar desde una copia…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>History is off, so there is nothing to back up.</source>
            <translation>El historial está desactivado, así que no hay nada que copiar.</translation>
        </message>
        <message>
            <source>Backup folder: {folder}</source>
            <translation>Carpeta de copias de seguridad: {folder}</translation>
        </message>
        <message>
            <source>Backups now go to {folder}.</source>
            <translation>Ahora las copias de seguridad se guardan en {folder}.</translation>
        </message>
        <message>
            <source>Backup status: {status}</source>
            <translation>Estado de la copia de seguridad: {status}</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Estado de la copia de seguridad</translation>
        </message>
        <message>
            <source>The backup failed: {problem}</source>
            <translation>La copia de seguridad falló: {problem}</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copia guardada en {path}</translation>
        </message>
        <message>
            <source>Finish the session first: restoring replaces the whole history.</source>
            <translation>Termine antes la sesión: restaurar sustituye todo el historial.</translation>
        </message>
        <message>
            <source>Restore the history?</source>
            <translation>¿Restaurar el historial?</translation>
        </message>
        <message>
            <source>Replace your history with this backup?

{file}

The history you have now is kept as a file in the data folder, so nothing is lost.</source>
            <translation>¿Sustituir su historial por esta copia de seguridad?

{file}

El historial que tiene ahora se guarda como un archivo en la carpeta de datos, así que no se pierde nada.</translation>
        </message>
        <message>
            <source>Restored. The history you had before is kept as {file}.</source>
            <translation>Restaurado. El historial que tenía antes se guarda como {file}.</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.shortcuts</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Alt with an underlined letter opens that menu, page or button.</source>
            <translation>Alt con una letra subrayada abre ese menú, página o botón.</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.weekly_backup</name>
        <message>
            <source>The weekly backup was not made. {problem}</source>
            <translation>No se hizo la copia de seguridad semanal. {problem}</translation>
        </message>
    </context>
    <context>
        <name>ui.shell.welcome</name>
        <message>
            <source>If it hurts, or does not get better</source>
            <translation>Si le duele, o no mejora</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Le damos la bienvenida a {app}</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Twelve home exercises for ankle impingement, with a timer you can follow from the floor:
• pick an exercise on the left and read its steps;
• press Space to start the timer: it counts the holds, reps, sets and sides, and says what comes next;
• press H (“It hurts”) whenever something hurts; F shows the timer full screen.</source>
            <comment>H and F are the timer's keys; “It hurts” is the button's name</comment>
            <translation>Doce ejercicios en casa para el pinzamiento de tobillo, con un temporizador que puede seguir desde el suelo:
• elija un ejercicio a la izquierda y lea sus pasos;
• pulse Espacio para poner en marcha el temporizador: cuenta las posiciones mantenidas, las repeticiones, las series y los lados, y dice lo que viene después;
• pulse H (“Me duele”) siempre que algo le duela; F muestra el temporizador a pantalla completa.</translation>
        </message>
        <message>
            <source>The exercises follow {source}. The instructions are written in this app's own words.</source>
            <comment>source: the article's title, author and site</comment>
            <translation>Los ejercicios siguen {source}. Las instrucciones están escritas con palabras propias de esta aplicación.</translation>
        </message>
        <message>
            <source>Affected ankle</source>
            <translation>Tobillo afectado</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Izquierdo</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Derecho</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Which ankle is affected?</source>
            <translation>¿Qué tobillo tiene afectado?</translation>
        </message>
        <message>
            <source>Remind me at {time} on exercise days</source>
            <translation>Recordármelo a las {time} los días de ejercicio</translation>
        </message>
        <message>
            <source>A reminder on the days your weekly plan has exercises; Settings &gt; Reminders changes the times and days</source>
            <translation>Un recordatorio los días en que su plan semanal tiene ejercicios; en Ajustes &gt; Recordatorios puede cambiar las horas y los días</translation>
        </message>
        <message>
            <source>Get started</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Exercises done on one side, and the timer, start on this side; with both, each side in turn. You can change it in Settings.</source>
            <translation>Los ejercicios que se hacen de un solo lado, y el temporizador, empiezan por este lado; con ambos, cada lado por turnos. Puede cambiarlo en Ajustes.</translation>
        </message>
        <message>
            <source>A follow-along home exercise program for ankle impingement: instructions, a hold and rep timer with spoken cues, a private history and a printable weekly plan. No account, no network: everything stays on this computer.</source>
            <translation>Un programa de ejercicios en casa para seguir paso a paso, para el pinzamiento de tobillo: instrucciones, un temporizador de posiciones mantenidas y repeticiones con avisos hablados, un historial privado y un plan semanal para imprimir. Sin cuenta y sin red: todo se queda en este equipo.</translation>
        </message>
        <message>
            <source>Exercises: “{title}” by {author} ({site}). The instructions are this app's own words.</source>
            <comment>site: where the article is published</comment>
            <translation>Ejercicios: “{title}”, de {author} ({site}). Las instrucciones están escritas con palabras propias de esta aplicación.</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later. Built with Qt and PySide6 (LGPL), platformdirs (MIT). Text in DejaVu fonts where the system provides them.</source>
            <translation>Licencia: GNU General Public License, versión 3 o posterior. Hecho con Qt y PySide6 (LGPL), platformdirs (MIT). Texto en fuentes DejaVu cuando el sistema las ofrece.</translation>
        </message>
        <message>
            <source>Your data: {folder}</source>
            <translation>Sus datos: {folder}</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
    </context>
    <context>
        <name>ui.suggestions.cards</name>
        <message>
            <source>Suggestion: {title}</source>
            <comment>an exercise's name, or Your plan</comment>
            <translation>Sugerencia: {title}</translation>
        </message>
        <message>
            <source>Why: {reason}</source>
            <comment>the rule's sentence</comment>
            <translation>Por qué: {reason}</translation>
        </message>
        <message>
            <source>Change the plan from today</source>
            <translation>Cambia el plan desde hoy</translation>
        </message>
        <message>
            <source>Keep the dose as it is</source>
            <translation>Mantiene la dosis como está</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message numerus="yes">
            <source>Ask again after %n more session(s)</source>
            <translation>
                <numerusform>Volver a preguntar tras %n sesión más</numerusform>
                <numerusform>Volver a preguntar tras %n sesiones más</numerusform>
            </translation>
        </message>
        <message>
            <source>Never for this exercise</source>
            <translation>Nunca para este ejercicio</translation>
        </message>
        <message>
            <source>Never for the plan</source>
            <translation>Nunca para el plan</translation>
        </message>
        <message>
            <source>No more suggestions to step up here (Settings &gt; Suggestions can ask again)</source>
            <translation>No más sugerencias para subir aquí (Ajustes &gt; Sugerencias puede volver a preguntar)</translation>
        </message>
        <message>
            <source>{button}: {title}</source>
            <comment>a button's words: an exercise's name, or Your plan</comment>
            <translation>{button}: {title}</translation>
        </message>
        <message>
            <source>Suggestions from your history</source>
            <translation>Sugerencias según su historial</translation>
        </message>
        <message>
            <source>The app's suggestions, from the sessions you recorded: they never raise a dose after pain. Stop any exercise that hurts.</source>
            <translation>Sugerencias de la aplicación a partir de las sesiones registradas: nunca suben una dosis después de dolor. Pare cualquier ejercicio que le duela.</translation>
        </message>
        <message>
            <source>Show only the first</source>
            <translation>Mostrar solo la primera</translation>
        </message>
        <message numerus="yes">
            <source>Show %n more suggestion(s)</source>
            <translation>
                <numerusform>Mostrar %n sugerencia más</numerusform>
                <numerusform>Mostrar %n sugerencias más</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggestion after the session</source>
            <translation>Sugerencia tras la sesión</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>¿Por qué?</translation>
        </message>
        <message>
            <source>Why this suggestion</source>
            <translation>Por qué esta sugerencia</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the Plan page</source>
            <translation>
                <numerusform>%n más en la página Plan</numerusform>
                <numerusform>%n más en la página Plan</numerusform>
            </translation>
        </message>
        <message>
            <source>The Plan page lists every suggestion</source>
            <translation>La página Plan muestra todas las sugerencias</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the suggestion</source>
            <translation>Cerrar la sugerencia</translation>
        </message>
        <message>
            <source>It stays on the Plan page</source>
            <translation>Sigue en la página Plan</translation>
        </message>
    </context>
    <context>
        <name>ui.suggestions.service</name>
        <message>
            <source>The plan is now the {program} stage, from today. Ctrl+Z on the Plan page undoes it.</source>
            <comment>a starter program's name</comment>
            <translation>El plan pasa a la etapa de {program} desde hoy. Ctrl+Z en la página Plan lo deshace.</translation>
        </message>
        <message>
            <source>{title}: the plan's dose changed, from today ({change}). Ctrl+Z on the Plan page undoes it.</source>
            <comment>{title}: an exercise's name; {change}: 2 × 10 to 2 × 12</comment>
            <translation>{title}: la dosis del plan cambia desde hoy ({change}). Ctrl+Z en la página Plan lo deshace.</translation>
        </message>
        <message>
            <source>{title}: the dose stays as it is.</source>
            <comment>an exercise's name</comment>
            <translation>{title}: la dosis sigue igual.</translation>
        </message>
        <message numerus="yes">
            <source>{title}: asked again after %n more session(s).</source>
            <comment>an exercise's name</comment>
            <translation>
                <numerusform>{title}: se volverá a preguntar tras %n sesión más.</numerusform>
                <numerusform>{title}: se volverá a preguntar tras %n sesiones más.</numerusform>
            </translation>
        </message>
        <message>
            <source>{title}: no more suggestions to step up. Settings &gt; Suggestions can ask again.</source>
            <comment>an exercise's name</comment>
            <translation>{title}: no habrá más sugerencias para subir. Ajustes &gt; Sugerencias puede volver a preguntar.</translation>
        </message>
        <message>
            <source>The answers could not be changed: {reason}</source>
            <translation>No se pudieron cambiar las respuestas: {reason}</translation>
        </message>
        <message>
            <source>The answer could not be saved: {reason}</source>
            <translation>No se pudo guardar la respuesta: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.suggestions.settings_box</name>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Suggest when to m&amp;ove on, stay or ease</source>
            <translation>Sugerir cuánd&amp;o avanzar, mantener o suavizar</translation>
        </message>
        <message>
            <source>Suggest when to move on, stay or ease</source>
            <translation>Sugerir cuándo avanzar, mantener o suavizar</translation>
        </message>
        <message>
            <source>From the sessions you recorded: on the Plan page and after a session</source>
            <translation>A partir de las sesiones registradas: en la página Plan y después de cada sesión</translation>
        </message>
        <message>
            <source> sessions</source>
            <comment>after a number in a box</comment>
            <translation> sesiones</translation>
        </message>
        <message>
            <source>Sessions in a row that went well</source>
            <translation>Sesiones seguidas que fueron bien</translation>
        </message>
        <message>
            <source> of 10</source>
            <comment>after a pain rating in a box</comment>
            <translation> de 10</translation>
        </message>
        <message>
            <source>Highest pain afterwards</source>
            <translation>Dolor máximo después</translation>
        </message>
        <message>
            <source> points</source>
            <comment>after a number in a box</comment>
            <translation> puntos</translation>
        </message>
        <message>
            <source>Pain rise that calls for easing</source>
            <translation>Aumento de dolor que aconseja suavizar</translation>
        </message>
        <message>
            <source>Se&amp;ssions in a row that went well:</source>
            <translation>&amp;Sesiones seguidas que fueron bien:</translation>
        </message>
        <message>
            <source>Highest pain after&amp;wards:</source>
            <translation>Dolor má&amp;ximo después:</translation>
        </message>
        <message>
            <source>Pain rise that &amp;calls for easing:</source>
            <translation>Aumento de dolor que a&amp;consela suavizar:</translation>
        </message>
        <message>
            <source>The app's own defaults, not the article's: {sessions} sessions, pain {max_pain} or less afterwards, a rise of {rise} points. The article gives the ranges and says pain is the limit; your therapist may set these differently.</source>
            <translation>Valores propios de la aplicación, no del artículo: {sessions} sesiones, dolor de {max_pain} o menos después, un aumento de {rise} puntos. El artículo da los rangos y dice que el dolor es el límite; su fisioterapeuta puede fijarlos de otra manera.</translation>
        </message>
        <message>
            <source>Ask a&amp;gain about every exercise</source>
            <translation>Volver a pre&amp;guntar por todos los ejercicios</translation>
        </message>
        <message>
            <source>Exercises answered “Never” get suggestions again</source>
            <translation>Los ejercicios respondidos con “Nunca” vuelven a recibir sugerencias</translation>
        </message>
        <message numerus="yes">
            <source>Answered “Never”: %n exercise(s).</source>
            <translation>
                <numerusform>Respondido “Nunca”: %n ejercicio.</numerusform>
                <numerusform>Respondido “Nunca”: %n ejercicios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suggestions come again for %n exercise(s).</source>
            <translation>
                <numerusform>Vuelve a haber sugerencias para %n ejercicio.</numerusform>
                <numerusform>Vuelve a haber sugerencias para %n ejercicios.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.timer.actions</name>
        <message>
            <source>&amp;Start or pause</source>
            <translation>Empezar o &amp;pausar</translation>
        </message>
        <message>
            <source>&amp;Count a rep</source>
            <translation>&amp;Contar una repetición</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Sa&amp;ltar</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Reiniciar</translation>
        </message>
        <message>
            <source>Add 5 seconds</source>
            <translation>Añadir 5 segundos</translation>
        </message>
        <message>
            <source>Take off 5 seconds</source>
            <translation>Quitar 5 segundos</translation>
        </message>
        <message>
            <source>&amp;Follow along (full screen)</source>
            <translation>Se&amp;guir en pantalla completa</translation>
        </message>
        <message>
            <source>&amp;Mute</source>
            <translation>&amp;Silenciar</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.controller</name>
        <message>
            <source>The timer paused: the computer seems to have been asleep. Press Space to carry on.</source>
            <translation>El temporizador se ha pausado: parece que el equipo ha estado en reposo. Pulse Espacio para seguir.</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.countdown</name>
        <message numerus="yes">
            <source>of %n reps</source>
            <comment>under the big number: 3 of 10 reps</comment>
            <translation>
                <numerusform>de %n repetición</numerusform>
                <numerusform>de %n repeticiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Done</source>
            <comment>under the tick: the exercise is over</comment>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Ready</source>
            <comment>the timer has not started</comment>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Countdown: no exercise</source>
            <translation>Temporizador: sin ejercicio</translation>
        </message>
        <message>
            <source>Countdown: done</source>
            <translation>Temporizador: terminado</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n reps counted</source>
            <translation>
                <numerusform>{done} de %n repetición contada</numerusform>
                <numerusform>{done} de %n repeticiones contadas</numerusform>
            </translation>
        </message>
        <message>
            <source>rep {rep} of {total}</source>
            <translation>repetición {rep} de {total}</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s) left</source>
            <translation>
                <numerusform>queda %n segundo</numerusform>
                <numerusform>quedan %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Countdown: {state} in {phase}, paused</source>
            <comment>the state: '25 seconds left', 'rep 3 of 10'; the phase: 'hold, left leg, set 2 of 3'</comment>
            <translation>Temporizador: {state} ({phase}), en pausa</translation>
        </message>
        <message>
            <source>Countdown: {state} in {phase}</source>
            <comment>the state: '25 seconds left', 'rep 3 of 10'; the phase: 'hold, left leg, set 2 of 3'</comment>
            <translation>Temporizador: {state} ({phase})</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.cues</name>
        <message>
            <source>Slower</source>
            <translation>Más lenta</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>Más rápida</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <source>No sound device was found: the timer's sounds are off.</source>
            <translation>No se encontró ningún dispositivo de sonido: los sonidos del temporizador están desactivados.</translation>
        </message>
        <message>
            <source>No speech engine could start: spoken cues are off.</source>
            <translation>No se pudo iniciar ningún motor de voz: los avisos hablados están desactivados.</translation>
        </message>
        <message>
            <source>The timer runs silently: no sound device was found and no speech engine could start.</source>
            <translation>El temporizador funciona en silencio: no se encontró ningún dispositivo de sonido ni se pudo iniciar un motor de voz.</translation>
        </message>
        <message>
            <source>The speech engine has no {language} voice: cues are shown, not spoken.</source>
            <comment>the language's name, written as in the middle of a sentence</comment>
            <translation>El motor de voz no tiene ninguna voz en {language}: los avisos se muestran, pero no se dicen.</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.follow_along</name>
        <message>
            <source>Follow along</source>
            <translation>Seguir el ejercicio</translation>
        </message>
        <message>
            <source>Follow-along timer</source>
            <translation>Temporizador a pantalla completa</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Paso actual</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>what comes next</comment>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Space pause · S skip · B back · H it hurts · N next exercise · M mute · Esc leave</source>
            <comment>the keys work in every language: Space, S, B, H, N, M, Esc</comment>
            <translation>Espacio pausa · S saltar · B atrás · H me duele · N siguiente ejercicio · M silenciar · Esc salir</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.panel</name>
        <message>
            <source>Sets</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Number of sets</source>
            <translation>Número de series</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Repetitions per set</source>
            <translation>Repeticiones por serie</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>dose field: seconds held</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Hold in seconds</source>
            <translation>Tiempo mantenido, en segundos</translation>
        </message>
        <message>
            <source>Tempo</source>
            <translation>Ritmo</translation>
        </message>
        <message>
            <source>Seconds to move into and back from each rep</source>
            <translation>Segundos para ir y volver en cada repetición</translation>
        </message>
        <message>
            <source>I count reps (Enter)</source>
            <translation>Las cuento yo (Intro)</translation>
        </message>
        <message>
            <source>Count reps myself</source>
            <translation>Contar yo las repeticiones</translation>
        </message>
        <message>
            <source>Off: the timer paces each rep for you. On: press Enter after each rep.</source>
            <translation>Desactivado: el temporizador marca el ritmo de cada repetición. Activado: pulse Intro después de cada repetición.</translation>
        </message>
        <message>
            <source>At least {seconds} s: the article asks for slow, controlled movement.</source>
            <translation>Al menos {seconds} s: el artículo pide un movimiento lento y controlado.</translation>
        </message>
        <message>
            <source>Seconds to move out and back on each rep: the app's suggestion, the article gives none.</source>
            <translation>Segundos para ir y volver en cada repetición: sugerencia de la aplicación; el artículo no da ninguna cifra.</translation>
        </message>
        <message>
            <source>Sets in all</source>
            <translation>Series en total</translation>
        </message>
        <message>
            <source>Tempo at least {seconds} s: the article asks for slow, controlled movement.</source>
            <translation>Ritmo de al menos {seconds} s: el artículo pide un movimiento lento y controlado.</translation>
        </message>
        <message>
            <source>* the app's suggestion.</source>
            <translation>* sugerencia de la aplicación.</translation>
        </message>
        <message>
            <source>{prescribed}: the dose is kept as given.</source>
            <comment>'Prescribed by Ana Ruiz'</comment>
            <translation>{prescribed}: se mantiene la dosis indicada.</translation>
        </message>
        <message>
            <source>The dose: {dose} (the app's suggestion); this one {prescribed}</source>
            <comment>the dose: '10-15'; prescribed: 'prescribed by Ana Ruiz'</comment>
            <translation>La dosis: {dose} (sugerencia de la aplicación); esta, {prescribed}</translation>
        </message>
        <message>
            <source>The dose: {dose}; this one {prescribed}</source>
            <comment>the dose: '10-15'; prescribed: 'prescribed by Ana Ruiz'</comment>
            <translation>La dosis: {dose}; esta, {prescribed}</translation>
        </message>
        <message>
            <source>The dose: {dose} (the app's suggestion)</source>
            <comment>the dose: '10-15'</comment>
            <translation>La dosis: {dose} (sugerencia de la aplicación)</translation>
        </message>
        <message>
            <source>The dose: {dose}</source>
            <comment>the dose: '10-15'</comment>
            <translation>La dosis: {dose}</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Timer exercise</source>
            <translation>Ejercicio del temporizador</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>what comes next</comment>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Start  (Space)</source>
            <translation>Empezar  (Espacio)</translation>
        </message>
        <message>
            <source>Start or pause</source>
            <translation>Empezar o pausar</translation>
        </message>
        <message>
            <source>Start or pause the timer (Space)</source>
            <translation>Empezar o pausar el temporizador (Espacio)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the start of this set, or the one before (B)</source>
            <translation>Volver al inicio de esta serie, o a la anterior (B)</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <source>Skip the rest of this set or rest (S)</source>
            <translation>Saltar lo que queda de esta serie o descanso (S)</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Start the exercise again (R)</source>
            <translation>Empezar el ejercicio de nuevo (R)</translation>
        </message>
        <message>
            <source>Five seconds less</source>
            <translation>Cinco segundos menos</translation>
        </message>
        <message>
            <source>Take 5 seconds off this hold</source>
            <translation>Quitar 5 segundos a este tiempo</translation>
        </message>
        <message>
            <source>Five seconds more</source>
            <translation>Cinco segundos más</translation>
        </message>
        <message>
            <source>Add 5 seconds to this hold</source>
            <translation>Añadir 5 segundos a este tiempo</translation>
        </message>
        <message>
            <source>Count rep  (Enter)</source>
            <translation>Contar  (Intro)</translation>
        </message>
        <message>
            <source>Count a rep</source>
            <translation>Contar una repetición</translation>
        </message>
        <message>
            <source>Count one repetition (Enter)</source>
            <translation>Contar una repetición (Intro)</translation>
        </message>
        <message>
            <source>Full screen (F)</source>
            <translation>Pantalla completa (F)</translation>
        </message>
        <message>
            <source>Follow along</source>
            <translation>Seguir el ejercicio</translation>
        </message>
        <message>
            <source>Full screen: only the timer, the step and the next cue (F or F11)</source>
            <translation>Pantalla completa: solo el temporizador, el paso y el siguiente aviso (F o F11)</translation>
        </message>
        <message>
            <source>It hurts (H)</source>
            <translation>Me duele (H)</translation>
        </message>
        <message>
            <source>It hurts</source>
            <translation>Me duele</translation>
        </message>
        <message>
            <source>Pause, rate the pain, and choose: stop, skip, or an easier dose (H)</source>
            <translation>Pausar, valorar el dolor y elegir: parar, saltar o una dosis más suave (H)</translation>
        </message>
        <message>
            <source>about {minutes} min</source>
            <translation>unos {minutes} min</translation>
        </message>
        <message>
            <source>{time} plus your reps</source>
            <comment>the time: 'about 5 min'</comment>
            <translation>{time} más sus repeticiones</translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) left</source>
            <translation>
                <numerusform>queda %n serie</numerusform>
                <numerusform>quedan %n series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) in all</source>
            <translation>
                <numerusform>%n serie en total</numerusform>
                <numerusform>%n series en total</numerusform>
            </translation>
        </message>
        <message>
            <source>Start again  (Space)</source>
            <translation>Empezar de nuevo  (Espacio)</translation>
        </message>
        <message>
            <source>Pause  (Space)</source>
            <translation>Pausa  (Espacio)</translation>
        </message>
        <message>
            <source>Resume  (Space)</source>
            <translation>Seguir  (Espacio)</translation>
        </message>
        <message>
            <source>{exercise} done.</source>
            <comment>for screen readers</comment>
            <translation>{exercise}: terminado.</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.pulse</name>
        <message>
            <source>No sound server answered (PulseAudio or PipeWire): the timer's sounds are off.</source>
            <translation>No respondió ningún servidor de sonido (PulseAudio o PipeWire): los sonidos del temporizador están desactivados.</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.sound_menu</name>
        <message>
            <source>Sound &amp;effects</source>
            <translation>&amp;Efectos de sonido</translation>
        </message>
        <message>
            <source>&amp;Spoken cues</source>
            <translation>Avisos &amp;hablados</translation>
        </message>
        <message>
            <source>&amp;Read steps aloud</source>
            <translation>&amp;Leer los pasos en voz alta</translation>
        </message>
        <message>
            <source>&amp;Voice</source>
            <translation>&amp;Voz</translation>
        </message>
        <message>
            <source>S&amp;peaking rate</source>
            <translation>Veloci&amp;dad de la voz</translation>
        </message>
        <message>
            <source>No voices available</source>
            <translation>No hay voces disponibles</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.ssip</name>
        <message>
            <source>The speech service did not answer: spoken cues are off.</source>
            <translation>El servicio de voz no respondió: los avisos hablados están desactivados.</translation>
        </message>
        <message>
            <source>The speech service could not be started: spoken cues are off.</source>
            <translation>No se pudo iniciar el servicio de voz: los avisos hablados están desactivados.</translation>
        </message>
    </context>
    <context>
        <name>ui.timer.switch_question</name>
        <message>
            <source>Timer is on another exercise</source>
            <translation>El temporizador está en otro ejercicio</translation>
        </message>
        <message>
            <source>Keep timing it</source>
            <translation>Seguir con ese ejercicio</translation>
        </message>
        <message>
            <source>Go back to the exercise the timer is on</source>
            <translation>Volver al ejercicio del temporizador</translation>
        </message>
        <message>
            <source>Switch to the one shown</source>
            <translation>Cambiar al que se muestra</translation>
        </message>
        <message>
            <source>Time the exercise shown instead; the unfinished set is not counted</source>
            <translation>Cronometrar el ejercicio que se muestra; la serie sin terminar no se cuenta</translation>
        </message>
        <message>
            <source>The timer is still on {timing}. The instructions show {shown}.</source>
            <comment>two exercises' names</comment>
            <translation>El temporizador sigue en {timing}. Las instrucciones muestran {shown}.</translation>
        </message>
        <message>
            <source>The timer is still on {timing} (paused, {set}). The instructions show {shown}.</source>
            <comment>two exercises' names; the set: 'set 2 of 3'</comment>
            <translation>El temporizador sigue en {timing} (en pausa, {set}). Las instrucciones muestran {shown}.</translation>
        </message>
        <message>
            <source>The timer is still on {timing} (running, {set}). The instructions show {shown}.</source>
            <comment>two exercises' names; the set: 'set 2 of 3'</comment>
            <translation>El temporizador sigue en {timing} (en marcha, {set}). Las instrucciones muestran {shown}.</translation>
        </message>
        <message>
            <source>Keep timing {exercise}</source>
            <translation>Seguir con {exercise}</translation>
        </message>
        <message>
            <source>Switch to {exercise}</source>
            <translation>Cambiar a {exercise}</translation>
        </message>
    </context>
</TS>
