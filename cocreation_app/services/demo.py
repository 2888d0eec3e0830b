"""A realistic demo plan, in Spanish, for training facilitators and for screenshots and tests.

The municipality and people are invented; the shape of the exercise follows the "Gobierno
Abierto: Cocreación desde lo Local" methodology.
"""

from __future__ import annotations

from typing import Any

from cocreation_app.services.demo_followup import load_followup
from cocreation_app.services.entities import EntityService
from cocreation_app.services.natural_ids import attendance_id
from cocreation_app.services.registry import KINDS
from cocreation_app.storage import Database

PRIVACY_NOTICE = (
    "El Secretariado Técnico Local de San Cristóbal de las Casas es responsable del tratamiento "
    "de los datos personales que nos proporcione. Sus datos (nombre, sector, organización, correo "
    "y teléfono) se utilizarán para registrar su asistencia a las mesas de trabajo, elaborar las "
    "estadísticas del ejercicio de cocreación y, solo si usted lo autoriza, para contactarle, "
    "publicar su nombre en el Plan de Acción Local y usar fotografías del taller. Puede ejercer "
    "sus derechos ARCO ante la Unidad de Transparencia del Ayuntamiento."
)

PLAN = {
    "title": "Plan de Acción Local de Gobierno Abierto 2026–2028",
    "state": "Chiapas",
    "municipality": "San Cristóbal de las Casas",
    "period_start": "2026-03-01",
    "period_end": "2028-02-29",
    "guarantor_body": "Instituto de Transparencia y Acceso a la Información Pública de Chiapas",
    "status": "draft",
    "context": (
        "San Cristóbal de las Casas reúne a población mestiza y a comunidades tsotsiles y "
        "tseltales. El Secretariado Técnico Local se instaló en enero de 2026 con representantes "
        "del Ayuntamiento, del órgano garante y de organizaciones de la sociedad civil, para "
        "cocrear compromisos que atiendan problemas públicos de alto impacto."
    ),
    "privacy_notice_text": PRIVACY_NOTICE,
    "privacy_notice_version": "2026-01",
    "draft_version": 1,
}

WORKSHOPS = [
    {
        "title": "Mesa 1: Identificación de problemas públicos",
        "topic": "Agua, movilidad y seguridad",
        "date": "2026-03-14",
        "venue": "Casa de la Cultura El Carmen",
        "facilitator": "Mariana Gómez Pérez",
        "minutes": "Se presentaron 6 problemas públicos y se votó con 3 puntos por persona.",
        "dots_per_participant": 3,
    },
    {
        "title": "Mesa 2: Propuestas de solución y compromisos",
        "topic": "Diseño de compromisos y rutas de implementación",
        "date": "2026-04-11",
        "venue": "Auditorio del Palacio Municipal",
        "facilitator": "Mariana Gómez Pérez",
        "minutes": "Se acordaron 5 compromisos con sus hitos y responsables.",
        "dots_per_participant": 3,
    },
]

# name, sector, organization, gender, email, contact, publish, photos, stl role
PEOPLE: list[tuple[Any, ...]] = [
    (
        "María José Hernández López",
        "government",
        "Ayuntamiento, Secretaría del Ayuntamiento",
        "female",
        "mj.hernandez@sancristobal.gob.mx",
        True,
        True,
        True,
        "government",
    ),
    (
        "Juan Carlos Pérez Díaz",
        "government",
        "Dirección de Agua Potable (SAPAM)",
        "male",
        "jc.perez@sapam.gob.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Rosa Elena Núñez Gutiérrez",
        "guarantor_body",
        "Órgano garante de Chiapas",
        "female",
        "rosa.nunez@itaipch.org.mx",
        True,
        True,
        True,
        "guarantor_body",
    ),
    (
        "Sebastián Gómez Ruiz",
        "civil_society",
        "Colectivo Agua para Todos A.C.",
        "male",
        "sebastian@aguaparatodos.org",
        True,
        True,
        True,
        "civil_society",
    ),
    (
        "Petrona López Sántiz",
        "citizen",
        "Barrio de Cuxtitali",
        "female",
        None,
        False,
        False,
        False,
        None,
    ),
    (
        "Manuel Díaz Gómez",
        "citizen",
        "Comité de vecinos de La Hormiga",
        "male",
        "manuel.diaz@correo.mx",
        True,
        False,
        False,
        None,
    ),
    (
        "Ana Lucía Ramírez Ochoa",
        "academia",
        "Universidad Autónoma de Chiapas",
        "female",
        "ana.ramirez@unach.mx",
        True,
        True,
        True,
        None,
    ),
    (
        "Tomás Hernández Pérez",
        "civil_society",
        "Red de Jóvenes Tsotsiles",
        "male",
        "tomas@redjovenes.org",
        True,
        True,
        False,
        None,
    ),
    (
        "Guadalupe Moreno Vázquez",
        "private_sector",
        "Cámara de Comercio local",
        "female",
        "gmoreno@canaco-sc.mx",
        True,
        True,
        True,
        None,
    ),
    (
        "Alejandro Cruz Méndez",
        "government",
        "Dirección de Obras Públicas",
        "male",
        "a.cruz@sancristobal.gob.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Verónica Sánchez Aguilar",
        "civil_society",
        "Mujeres Tejiendo Derechos A.C.",
        "female",
        "vero@tejiendoderechos.org",
        True,
        True,
        True,
        None,
    ),
    (
        "Pascual Jiménez Hernández",
        "citizen",
        "Ejido Mitzitón",
        "male",
        None,
        False,
        False,
        False,
        None,
    ),
    (
        "Itzel Martínez Castellanos",
        "academia",
        "CIESAS Sureste",
        "female",
        "itzel.martinez@ciesas.edu.mx",
        True,
        True,
        True,
        None,
    ),
    (
        "Fernando Ruiz Albores",
        "government",
        "Tesorería Municipal",
        "male",
        "fruiz@sancristobal.gob.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Catalina Pérez Pérez",
        "citizen",
        "Mercado José Castillo Tielemans",
        "female",
        None,
        False,
        True,
        False,
        None,
    ),
    (
        "Ricardo Núñez Espinosa",
        "private_sector",
        "Asociación de Hoteleros",
        "male",
        "ricardo@hoteleros-sc.mx",
        True,
        False,
        True,
        None,
    ),
    (
        "Andrea Solís Trujillo",
        "civil_society",
        "Observatorio Ciudadano de Movilidad",
        "non_binary",
        "andrea@observatoriomovilidad.org",
        True,
        True,
        True,
        None,
    ),
    (
        "José Antonio Vázquez Ton",
        "citizen",
        "Barrio de San Ramón",
        "male",
        "ja.vazquez@correo.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Lucía Gutiérrez Robles",
        "government",
        "DIF Municipal",
        "female",
        "lucia.gutierrez@difsancristobal.gob.mx",
        True,
        True,
        True,
        None,
    ),
    (
        "Mateo López Girón",
        "academia",
        "Universidad Intercultural de Chiapas",
        "male",
        "mateo.lopez@unich.edu.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Juana Gómez Gómez",
        "citizen",
        "Colonia Primero de Enero",
        "female",
        None,
        False,
        False,
        False,
        None,
    ),
    (
        "Diego Armando Castro Ríos",
        "other",
        "Periodista independiente",
        "male",
        "diego.castro@correo.mx",
        True,
        True,
        True,
        None,
    ),
    (
        "Sofía Alvarado Ñañez",
        "civil_society",
        "Fundación Transparencia Sur",
        "female",
        "sofia@transparenciasur.org",
        True,
        True,
        True,
        "civil_society",
    ),
    (
        "Ernesto Méndez Cifuentes",
        "government",
        "Protección Civil Municipal",
        "male",
        "e.mendez@sancristobal.gob.mx",
        True,
        True,
        False,
        None,
    ),
    (
        "Marisol Trujillo Santiago",
        "citizen",
        "Comité de Salud de Tlaxcala",
        "prefer_not_to_say",
        None,
        False,
        False,
        False,
        None,
    ),
    (
        "Rodrigo Estrada Pineda",
        "private_sector",
        "Transportistas Unidos del Valle",
        "male",
        "restrada@tuv.mx",
        True,
        False,
        False,
        None,
    ),
    (
        "Elena Hernández Gómez",
        "guarantor_body",
        "Órgano garante de Chiapas, Capacitación",
        "female",
        "elena.hernandez@itaipch.org.mx",
        True,
        True,
        True,
        None,
    ),
    ("Gabriel Santiz Méndez", "citizen", "Paraje Yaalboc", "male", None, False, True, False, None),
]

# title, theme, affected population, evidence, description, causes, effects, dots, scores
PROBLEMS: list[dict[str, Any]] = [
    {
        "title": "Abasto de agua irregular en colonias del norte",
        "theme": "Agua",
        "description": "Las colonias del norte reciben agua por tandeo dos días a la semana y no "
        "conocen el calendario ni la calidad del agua que reciben.",
        "affected_population": "Cerca de 38 000 habitantes de 27 colonias del norte.",
        "evidence": "Reportes de SAPAM 2025: 4 312 quejas por falta de agua; "
        "el 61 % de las colonias sin calendario publicado.",
        "causes": [
            ("Red de distribución con fugas", ["Tuberías de más de 40 años"]),
            ("Calendario de tandeo no publicado", []),
        ],
        "effects": [
            ("Compra de pipas a precios altos", []),
            ("Enfermedades gastrointestinales", []),
        ],
        "dots": [("Mesa A", 14), ("Mesa B", 11)],
        "scores": (5, 5, 3),
    },
    {
        "title": "Opacidad en la asignación de obra pública",
        "theme": "Obra pública",
        "description": "La ciudadanía no conoce cómo se eligen, contratan y supervisan las obras "
        "públicas de su colonia.",
        "affected_population": "Toda la población del municipio (215 000 habitantes).",
        "evidence": "Solo 3 de 48 contratos de obra de 2025 están publicados en formato abierto.",
        "causes": [
            ("Falta de un padrón público de obras", []),
            ("Comités de obra sin capacitación", []),
        ],
        "effects": [
            ("Obras inconclusas", ["Recursos sin comprobar"]),
            ("Desconfianza en el Ayuntamiento", []),
        ],
        "dots": [("Mesa A", 9), ("Mesa B", 12)],
        "scores": (5, 3, 4),
    },
    {
        "title": "Inseguridad en el transporte público nocturno",
        "theme": "Movilidad",
        "description": "Mujeres y jóvenes reportan acoso y asaltos en las rutas que circulan "
        "después de las 20:00 horas.",
        "affected_population": "Usuarias y usuarios de 14 rutas colectivas.",
        "evidence": "Encuesta del Observatorio Ciudadano de Movilidad 2025: 7 de cada 10 mujeres "
        "se sienten inseguras.",
        "causes": [("Paradas sin iluminación", []), ("Sin registro de unidades y conductores", [])],
        "effects": [("Menor asistencia a escuelas nocturnas", [])],
        "dots": [("Mesa A", 8), ("Mesa B", 7)],
        "scores": (4, 4, 3),
    },
    {
        "title": "Servicios municipales sin información en lenguas indígenas",
        "theme": "Inclusión",
        "description": "Trámites y avisos municipales solo están en español; hablantes de tsotsil "
        "y tseltal no pueden ejercer sus derechos en igualdad.",
        "affected_population": "Alrededor de 70 000 hablantes de lenguas indígenas.",
        "evidence": "Censo 2020: 33 % de la población habla una lengua indígena.",
        "causes": [("Sin personal intérprete", []), ("Sin presupuesto para traducción", [])],
        "effects": [("Trámites abandonados", []), ("Discriminación en ventanilla", [])],
        "dots": [("Mesa A", 10), ("Mesa B", 6)],
        "scores": (4, 3, 4),
    },
    {
        "title": "Manejo deficiente de residuos sólidos en mercados",
        "theme": "Medio ambiente",
        "description": "Los mercados públicos acumulan residuos que tapan drenajes y generan focos "
        "de infección.",
        "affected_population": "Comerciantes y clientes de 5 mercados municipales.",
        "evidence": "Protección Civil reportó 23 encharcamientos por basura en 2025.",
        "causes": [("Recolección sin horario fijo", [])],
        "effects": [("Inundaciones en temporada de lluvias", [])],
        "dots": [("Mesa A", 4), ("Mesa B", 5)],
        "scores": (3, 4, 4),
    },
    {
        "title": "Baja participación juvenil en decisiones públicas",
        "theme": "Participación",
        "description": "Las y los jóvenes no participan en cabildos abiertos ni en consultas "
        "porque no se enteran a tiempo.",
        "affected_population": "Jóvenes de 15 a 29 años (cerca de 60 000).",
        "evidence": "Asistencia juvenil en cabildos abiertos de 2025: 4 %.",
        "causes": [("Convocatorias solo en estrados", [])],
        "effects": [("Políticas sin perspectiva juvenil", [])],
        "dots": [("Mesa A", 3), ("Mesa B", 4)],
        "scores": (3, 2, 5),
    },
]

SOLUTIONS = {
    0: [
        (
            "Calendario de tandeo publicado y enviado por SMS",
            "SAPAM publica el calendario por colonia y lo envía por mensajes de texto a quien se registre.",
        ),
        (
            "Tablero público de calidad del agua",
            "Resultados mensuales de cloro residual por colonia, en la web y en los mercados.",
        ),
    ],
    1: [
        (
            "Padrón abierto de obra pública",
            "Publicar cada obra con contrato, monto, avance y fotografías, en datos abiertos.",
        ),
        (
            "Comités ciudadanos de obra capacitados",
            "Capacitar a los comités de obra en contraloría social con el órgano garante.",
        ),
    ],
    2: [
        ("Paradas seguras iluminadas", "Iluminar y señalizar las 30 paradas con más reportes."),
        (
            "Registro público de unidades y conductores",
            "Padrón consultable con placa, ruta y conductor autorizado.",
        ),
    ],
    3: [
        (
            "Trámites clave traducidos al tsotsil y tseltal",
            "Traducir los 10 trámites más solicitados y los avisos de protección civil.",
        ),
        (
            "Red de intérpretes comunitarios",
            "Convenio con la Universidad Intercultural para intérpretes en ventanilla.",
        ),
    ],
    4: [
        (
            "Horarios fijos de recolección en mercados",
            "Publicar horarios y rutas de recolección y medir su cumplimiento.",
        )
    ],
    5: [
        (
            "Convocatorias por redes y radio comunitaria",
            "Difundir cabildos abiertos con 15 días de anticipación en radio y redes.",
        )
    ],
}

COMMITMENTS: list[dict[str, Any]] = [
    {
        "problem": 0,
        "title": "Agua con información: calendario de tandeo y calidad del agua abiertos",
        "objective": "Que todas las colonias conozcan cuándo y con qué calidad reciben agua.",
        "description": "SAPAM publicará el calendario de tandeo por colonia y los resultados de "
        "calidad del agua, con avisos por SMS y en radio comunitaria.",
        "contribution": "Reduce la incertidumbre de los hogares y permite exigir el cumplimiento "
        "del servicio con datos verificables.",
        "ogp_values": "transparency,civic_participation,public_accountability",
        "lead_institution": "Sistema de Agua Potable y Alcantarillado Municipal (SAPAM)",
        "supporting_government": "Dirección de Comunicación Social",
        "supporting_civil_society": "Colectivo Agua para Todos A.C.",
        "contact_name": "Juan Carlos Pérez Díaz",
        "contact_position": "Director de Operación",
        "contact_email": "jc.perez@sapam.gob.mx",
        "contact_phone": "967 678 0000",
        "start_date": "2026-05-01",
        "end_date": "2027-12-31",
        "budget": "450000.00",
        "sdg_alignment": "ODS 6: Agua limpia y saneamiento",
        "status": "agreed",
        "milestones": [
            (
                "Calendario de tandeo publicado para las 27 colonias del norte",
                "Calendario en datos abiertos",
                "Publicación en el portal municipal",
                "SAPAM",
                "2026-05-01",
                "2026-08-31",
                "completed",
                100,
            ),
            (
                "Servicio de avisos por SMS en operación",
                "Servicio de SMS con 5 000 personas registradas",
                "Informe trimestral de envíos",
                "SAPAM y Comunicación Social",
                "2026-09-01",
                "2027-03-31",
                "in_progress",
                40,
            ),
            (
                "Tablero mensual de calidad del agua",
                "Tablero con 12 meses de datos",
                "Tablero publicado y actas de revisión ciudadana",
                "SAPAM con Agua para Todos A.C.",
                "2027-01-01",
                "2027-12-31",
                "not_started",
                0,
            ),
        ],
    },
    {
        "problem": 1,
        "title": "Obra pública abierta: padrón y contraloría social",
        "objective": "Que cada obra pública pueda seguirse desde su contratación hasta su entrega.",
        "description": "Publicar un padrón abierto de obra pública con contratos, montos, avances "
        "y fotografías; capacitar a comités ciudadanos de obra.",
        "contribution": "Hace visible el ciclo de la obra y da herramientas a la ciudadanía para vigilarla.",
        "ogp_values": "transparency,public_accountability",
        "lead_institution": "Dirección de Obras Públicas Municipales",
        "supporting_government": "Contraloría Municipal; Tesorería Municipal",
        "supporting_civil_society": "Fundación Transparencia Sur",
        "supporting_other": "Órgano garante de Chiapas",
        "contact_name": "Alejandro Cruz Méndez",
        "contact_position": "Director de Obras Públicas",
        "contact_email": "a.cruz@sancristobal.gob.mx",
        "start_date": "2026-06-01",
        "end_date": "2028-01-31",
        "budget": "320000.00",
        "sdg_alignment": "ODS 16: Paz, justicia e instituciones sólidas",
        "status": "agreed",
        "milestones": [
            (
                "Padrón de obra 2026 publicado en datos abiertos",
                "Padrón con 100 % de las obras 2026",
                "Conjunto de datos publicado",
                "Obras Públicas",
                "2026-06-01",
                "2026-12-15",
                "in_progress",
                55,
            ),
            (
                "Capacitación de 40 comités ciudadanos de obra",
                "40 comités capacitados",
                "Listas de asistencia y constancias",
                "Contraloría Municipal y órgano garante",
                "2026-09-01",
                "2027-06-30",
                "in_progress",
                25,
            ),
            (
                "Informe público de seguimiento ciudadano",
                "Informe anual",
                "Informe publicado y presentado en cabildo abierto",
                "Fundación Transparencia Sur",
                "2027-07-01",
                "2028-01-31",
                "not_started",
                0,
            ),
        ],
    },
    {
        "problem": 2,
        "title": "Rutas seguras: paradas iluminadas y registro público del transporte",
        "objective": "Reducir los riesgos de viajar de noche en transporte colectivo.",
        "description": "Iluminar las 30 paradas con más reportes y publicar el registro de "
        "unidades y conductores autorizados.",
        "contribution": "Da a las usuarias información para identificar unidades y denunciar.",
        "ogp_values": "transparency,technology_innovation",
        "lead_institution": "Dirección de Movilidad y Transporte",
        "supporting_government": "Seguridad Pública Municipal",
        "supporting_civil_society": "Observatorio Ciudadano de Movilidad",
        "contact_name": "Ernesto Méndez Cifuentes",
        "contact_position": "Enlace de Gobierno Abierto",
        "contact_email": "e.mendez@sancristobal.gob.mx",
        "start_date": "2026-07-01",
        "end_date": "2027-12-31",
        "budget": "1250000.00",
        "sdg_alignment": "ODS 11: Ciudades y comunidades sostenibles",
        "status": "draft",
        "milestones": [
            (
                "Diagnóstico participativo de 30 paradas",
                "Mapa de paradas prioritarias",
                "Mapa publicado",
                "Observatorio Ciudadano de Movilidad",
                "2026-07-01",
                "2026-10-31",
                "completed",
                100,
            ),
            (
                "Iluminación de 30 paradas",
                "30 paradas iluminadas",
                "Fotografías y actas de entrega",
                "Obras Públicas",
                "2026-11-01",
                "2027-06-30",
                "delayed",
                20,
            ),
            (
                "Registro público de unidades y conductores",
                "Consulta en línea por placa",
                "Sitio de consulta",
                "Movilidad y Transporte",
                "2027-01-01",
                "2027-12-31",
                "not_started",
                0,
            ),
        ],
    },
    {
        "problem": 3,
        "title": "Gobierno en nuestra lengua: trámites en tsotsil y tseltal",
        "objective": "Que las personas hablantes de lenguas indígenas realicen trámites en su lengua.",
        "description": "Traducir los 10 trámites más solicitados y crear una red de intérpretes "
        "comunitarios en ventanillas.",
        "contribution": "Elimina una barrera de acceso a derechos para un tercio de la población.",
        "ogp_values": "civic_participation,transparency",
        "lead_institution": "Secretaría del Ayuntamiento",
        "supporting_government": "DIF Municipal",
        "supporting_civil_society": "Red de Jóvenes Tsotsiles",
        "supporting_other": "Universidad Intercultural de Chiapas",
        "contact_name": "María José Hernández López",
        "contact_position": "Secretaria del Ayuntamiento",
        "contact_email": "mj.hernandez@sancristobal.gob.mx",
        "start_date": "2026-06-01",
        "end_date": "2027-11-30",
        "budget": "280000.00",
        "sdg_alignment": "ODS 10: Reducción de las desigualdades",
        "status": "agreed",
        "milestones": [
            (
                "Traducción validada de 10 trámites",
                "10 fichas de trámite en tsotsil y tseltal",
                "Fichas publicadas y validadas por hablantes",
                "Universidad Intercultural de Chiapas",
                "2026-06-01",
                "2026-12-31",
                "in_progress",
                60,
            ),
            (
                "Convenio de intérpretes comunitarios",
                "Convenio firmado",
                "Convenio publicado",
                "Secretaría del Ayuntamiento",
                "2026-08-01",
                "2026-11-30",
                "completed",
                100,
            ),
            (
                "Ventanillas con atención en lengua indígena",
                "3 ventanillas con intérprete",
                "Registro de atenciones",
                "DIF Municipal",
                "2027-01-01",
                "2027-11-30",
                "not_started",
                0,
            ),
        ],
    },
    {
        "problem": 5,
        "title": "Jóvenes que deciden: convocatorias abiertas y cabildo juvenil",
        "objective": "Aumentar la participación juvenil en decisiones públicas municipales.",
        "description": "Convocar a cabildos abiertos con 15 días de anticipación en radio y redes, "
        "y celebrar dos cabildos juveniles al año.",
        "contribution": "Incorpora la voz de las juventudes en la agenda municipal.",
        "ogp_values": "civic_participation",
        "lead_institution": "Instituto Municipal de la Juventud",
        "supporting_government": "Comunicación Social",
        "supporting_civil_society": "Red de Jóvenes Tsotsiles",
        "contact_name": "Tomás Hernández Pérez",
        "contact_position": "Enlace de sociedad civil",
        "contact_email": "tomas@redjovenes.org",
        "start_date": "2026-08-01",
        "end_date": "2028-02-29",
        "budget": "150000.00",
        "sdg_alignment": "ODS 16: Paz, justicia e instituciones sólidas",
        "status": "draft",
        "milestones": [
            (
                "Lineamientos de convocatoria anticipada aprobados",
                "Lineamientos aprobados en cabildo",
                "Acta de cabildo",
                "Secretaría del Ayuntamiento",
                "2026-08-01",
                "2026-10-31",
                "in_progress",
                50,
            ),
            (
                "Primer cabildo juvenil",
                "Cabildo juvenil celebrado",
                "Minuta y video publicados",
                "Instituto Municipal de la Juventud",
                "2026-11-01",
                "2027-03-31",
                "not_started",
                0,
            ),
            (
                "Evaluación de participación juvenil",
                "Informe de evaluación",
                "Informe publicado",
                "CIESAS Sureste",
                "2027-09-01",
                "2028-02-29",
                "not_started",
                0,
            ),
        ],
    },
]

CRITERIA = [("Impacto", 2.0), ("Urgencia", 1.5), ("Factibilidad", 1.0)]


def load_demo(db: Database) -> str:
    """Load the demo plan in one transaction; returns the new plan's id."""
    service = EntityService(db)
    with service.action() as (session, scope):

        def add(kind: str, values: dict[str, Any], row_id: str | None = None) -> str:
            return service.create_in(session, scope, KINDS[kind], values, row_id=row_id)

        plan_id = add("plans", PLAN)
        workshop_ids = [add("workshops", {"plan_id": plan_id, **w}) for w in WORKSHOPS]
        people_ids = []
        for index, (name, sector, org, gender, email, contact, publish, photos, role) in enumerate(
            PEOPLE
        ):
            people_ids.append(
                add(
                    "participants",
                    {
                        "plan_id": plan_id,
                        "name": name,
                        "sector": sector,
                        "organization": org,
                        "gender": gender,
                        "email": email,
                        "phone": f"967 1{index:02d} {4000 + index * 37:04d}" if contact else None,
                        "locality": "San Cristóbal de las Casas",
                        "stl_role": role,
                        "consent_privacy_notice": True,
                        "consent_notice_version": "2026-01",
                        "consent_date": WORKSHOPS[0]["date"],
                        "consent_contact": contact,
                        "consent_publish_name": publish,
                        "consent_photos": photos,
                    },
                )
            )
        for w_index, workshop_id in enumerate(workshop_ids):
            attendees = people_ids[:24] if w_index == 0 else people_ids[4:]
            for person_id in attendees:
                add(
                    "attendance",
                    {"workshop_id": workshop_id, "participant_id": person_id},
                    row_id=attendance_id(workshop_id, person_id),
                )
        criteria_ids = [
            add(
                "criteria",
                {"workshop_id": workshop_ids[0], "name": name, "weight": weight, "position": i},
            )
            for i, (name, weight) in enumerate(CRITERIA)
        ]
        problem_ids = []
        for problem in PROBLEMS:
            problem_id = add(
                "problems",
                {
                    "plan_id": plan_id,
                    "workshop_id": workshop_ids[0],
                    "title": problem["title"],
                    "description": problem["description"],
                    "affected_population": problem["affected_population"],
                    "evidence": problem["evidence"],
                    "theme": problem["theme"],
                    "status": "prioritized",
                },
            )
            problem_ids.append(problem_id)
            for kind in ("cause", "effect"):
                for position, (text, sub) in enumerate(problem[kind + "s"]):
                    node = add(
                        "problem_nodes",
                        {
                            "problem_id": problem_id,
                            "kind": kind,
                            "text": text,
                            "position": position,
                        },
                    )
                    for sub_position, sub_text in enumerate(sub):
                        add(
                            "problem_nodes",
                            {
                                "problem_id": problem_id,
                                "parent_id": node,
                                "kind": kind,
                                "text": sub_text,
                                "position": sub_position,
                            },
                        )
            for table, dots in problem["dots"]:
                add(
                    "dot_votes",
                    {
                        "workshop_id": workshop_ids[0],
                        "problem_id": problem_id,
                        "dots": dots,
                        "origin": table,
                        "sheet": f"Hoja {table[-1]}-1",
                    },
                )
            for criterion_id, score in zip(criteria_ids, problem["scores"], strict=True):
                add(
                    "criterion_scores",
                    {
                        "workshop_id": workshop_ids[0],
                        "problem_id": problem_id,
                        "criterion_id": criterion_id,
                        "score": score,
                        "origin": "Plenaria",
                    },
                )
        for index, solutions in SOLUTIONS.items():
            for title, description in solutions:
                add(
                    "solutions",
                    {"problem_id": problem_ids[index], "title": title, "description": description},
                )
        followed: list[tuple[str, list[str]]] = []
        for number, commitment in enumerate(COMMITMENTS, start=1):
            values = {k: v for k, v in commitment.items() if k not in ("problem", "milestones")}
            statement = PROBLEMS[commitment["problem"]]["description"]
            commitment_id = add(
                "commitments",
                {
                    "plan_id": plan_id,
                    "problem_id": problem_ids[commitment["problem"]],
                    "number": number,
                    "problem_statement": statement,
                    **values,
                },
            )
            followed.append((commitment_id, []))
            for position, (
                title,
                deliverable,
                means,
                responsible,
                start,
                end,
                status,
                progress,
            ) in enumerate(commitment["milestones"]):
                milestone_id = add(
                    "milestones",
                    {
                        "commitment_id": commitment_id,
                        "title": title,
                        "deliverable": deliverable,
                        "verification_means": means,
                        "responsible": responsible,
                        "start_date": start,
                        "end_date": end,
                        "status": status,
                        "progress": progress,
                        "position": position,
                    },
                )
                followed[-1][1].append(milestone_id)
        load_followup(session, add, plan_id, people_ids, followed)
        for index in (0, 1, 2, 3, 5):
            session.get(KINDS["problems"].model, problem_ids[index]).status = "selected"  # type: ignore[union-attr]
            scope.writer.record("problems", problem_ids[index], "status", "selected")
        return plan_id
