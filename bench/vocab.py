"""Spanish-looking names, places and text of realistic length for synthetic plans.

Everything is drawn from a seeded ``random.Random`` so a size always produces the same data.
"""

from __future__ import annotations

import random
import unicodedata


def _items(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


FIRST_NAMES_F = _items(
    "María|Guadalupe|Juana|Rosa|Ana|Verónica|Itzel|Petrona|Lucía|Fernanda|Sofía|Elena|Carmen|"
    "Patricia|Leticia|Adriana|Xóchitl|Mariana|Citlali|Rocío|Beatriz|Alejandra|Gabriela|"
    "Margarita|Yolanda|Teresa|Claudia|Martha|Silvia|Araceli|Dulce|Noemí|Isabel|Inés"
)
FIRST_NAMES_M = _items(
    "José|Juan|Manuel|Sebastián|Tomás|Pascual|Alejandro|Carlos|Luis|Miguel|Jesús|Francisco|"
    "Pedro|Andrés|Diego|Emiliano|Héctor|Raúl|Arturo|Ricardo|Rubén|Jorge|Óscar|Iván|Martín|"
    "Ramón|Ángel|Cuauhtémoc|Efraín|Joaquín|Julián|Germán|Agustín|Santiago"
)
SURNAMES = _items(
    "Hernández|López|Pérez|Gómez|Díaz|Núñez|Gutiérrez|Ruiz|Sántiz|Ramírez|Ochoa|Moreno|"
    "Vázquez|Cruz|Méndez|Sánchez|Aguilar|Jiménez|Martínez|Castellanos|García|Rodríguez|"
    "González|Torres|Flores|Rivera|Morales|Ortiz|Chávez|Ramos|Mendoza|Domínguez|Velázquez|"
    "Santiago|Álvarez|Muñoz|Rojas|Guzmán|Salazar|Herrera|Medina|Cervantes|Peña|Cortés|Ibáñez|"
    "Girón|Patishtán|Kanté|Icó|Bolom|Pale|Osorio"
)
STATES = _items("Chiapas|Oaxaca|Jalisco|Sonora|Yucatán|Michoacán|Durango|Puebla")
MUNICIPALITIES = _items(
    "San Cristóbal de las Casas|Santa María Tonantzintla|Zapopan|Hermosillo|Valladolid|"
    "Pátzcuaro|Lerdo|Juchitán de Zaragoza|Comitán de Domínguez"
)
LOCALITIES = _items(
    "Barrio de Cuxtitali|Colonia La Hormiga|Ejido Mitzitón|Barrio de Mexicanos|"
    "Colonia 14 de Septiembre|Barrio de Guadalupe|San Felipe Ecatepec|Centro|"
    "Colonia Prudencio Moscoso|Barrio de San Ramón|Fraccionamiento Los Pinos"
)
ORGANIZATIONS = _items(
    "Ayuntamiento, Secretaría del Ayuntamiento|Dirección de Agua Potable|Órgano garante|"
    "Colectivo Agua para Todos A.C.|Comité de vecinos|Universidad Autónoma|"
    "Red de Jóvenes Tsotsiles|Cámara de Comercio local|Dirección de Obras Públicas|"
    "Mujeres Tejiendo Derechos A.C.|Instituto Tecnológico Regional|Radio comunitaria|"
    "Unidad de Transparencia municipal|Cooperativa de productores de café|"
    "Sindicato de transportistas|Observatorio Ciudadano de Seguridad|DIF municipal|"
    "Consejo de Participación Ciudadana|Asociación de Padres de Familia|Parroquia local"
)
POSITIONS = _items(
    "Directora|Coordinador|Regidora|Presidente del comité|Investigadora|Jefe de departamento|"
    "Promotora comunitaria|Vocal|Secretario técnico|Estudiante"
)
MAIL_DOMAINS = _items("correo.mx|gmail.com|gob.mx|org.mx|hotmail.com|unach.mx")
VENUES = _items(
    "Casa de la Cultura El Carmen|Auditorio del Palacio Municipal|Salón ejidal|Biblioteca pública|"
    "Escuela primaria Benito Juárez|Centro comunitario del barrio"
)
THEMES = _items(
    "agua potable|movilidad|seguridad|salud|residuos sólidos|alumbrado público|"
    "transparencia presupuestaria|participación de jóvenes|igualdad de género|"
    "protección civil|educación|obra pública"
)
SUBJECTS = _items(
    "El servicio de agua potable|La recolección de residuos|El transporte público|"
    "La información sobre obra pública|La atención en el centro de salud|"
    "El alumbrado de las calles|La publicación del presupuesto municipal|"
    "El padrón de beneficiarios de programas sociales|La vigilancia en los barrios|"
    "El mantenimiento de caminos rurales|La atención a personas con discapacidad"
)
PROBLEMS = _items(
    "no llega de forma regular a las colonias de la periferia|"
    "carece de información pública oportuna y comprensible|"
    "se asigna sin criterios conocidos por la población|"
    "no considera la opinión de las comunidades indígenas|"
    "presenta retrasos y sobrecostos que nadie explica|"
    "se concentra en el centro y deja fuera a las localidades rurales|"
    "no cuenta con mecanismos de queja ni de seguimiento"
)
CLAUSES = _items(
    "según las personas participantes de la mesa de trabajo|"
    "de acuerdo con los datos del último censo de población|"
    "como lo muestran las solicitudes de acceso a la información de los últimos dos años|"
    "lo que afecta sobre todo a mujeres, jóvenes y personas adultas mayores|"
    "y las autoridades no publican los criterios ni los resultados|"
    "a pesar de que existe presupuesto asignado para atenderlo|"
    "mientras la ciudadanía no tiene un canal para dar seguimiento|"
    "por lo que el Secretariado Técnico Local lo consideró de alto impacto|"
    "y la información disponible está dispersa en distintas dependencias"
)
ACTIONS = _items(
    "Publicar en datos abiertos|Instalar una mesa de seguimiento|Crear un tablero público|"
    "Capacitar a las personas servidoras públicas|Realizar asambleas informativas|"
    "Diseñar un protocolo de atención|Levantar un diagnóstico participativo|"
    "Establecer un mecanismo de quejas|Difundir en lenguas originarias"
)
OBJECTS = _items(
    "el calendario de distribución de agua|los contratos de obra pública|"
    "el padrón de beneficiarios|los indicadores de seguridad por colonia|"
    "el presupuesto participativo|las rutas y horarios del transporte|"
    "los resultados de las auditorías|el avance de cada compromiso del plan"
)
INSTITUTIONS = _items(
    "Ayuntamiento|Dirección de Agua Potable|Secretaría de Obras Públicas|"
    "Unidad de Transparencia|Tesorería municipal|Dirección de Seguridad Pública|"
    "Órgano garante estatal|Secretaría de Bienestar municipal"
)


def pick(rng: random.Random, items: tuple[str, ...]) -> str:
    return items[rng.randrange(len(items))]


def person_name(rng: random.Random, female: bool) -> str:
    first = pick(rng, FIRST_NAMES_F if female else FIRST_NAMES_M)
    if rng.random() < 0.35:
        first = f"{first} {pick(rng, FIRST_NAMES_F if female else FIRST_NAMES_M)}"
    return f"{first} {pick(rng, SURNAMES)} {pick(rng, SURNAMES)}"


def ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def email_for(rng: random.Random, name: str) -> str:
    parts = name.split()
    return f"{ascii_slug(parts[0])}.{ascii_slug(parts[-2])}{rng.randrange(100)}@{pick(rng, MAIL_DOMAINS)}"


def phone(rng: random.Random) -> str:
    return f"+52 {rng.randrange(200, 999)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"


def sentence(rng: random.Random) -> str:
    return f"{pick(rng, SUBJECTS)} {pick(rng, PROBLEMS)}, {pick(rng, CLAUSES)}."


def paragraph(rng: random.Random, min_chars: int, max_chars: int) -> str:
    """Sentences joined until the text is between ``min_chars`` and about ``max_chars`` long."""
    target = rng.randint(min_chars, max_chars)
    parts: list[str] = []
    length = 0
    while length < target:
        text = sentence(rng)
        parts.append(text)
        length += len(text) + 1
    return " ".join(parts)


def action_title(rng: random.Random) -> str:
    return f"{pick(rng, ACTIONS)} {pick(rng, OBJECTS)}"
