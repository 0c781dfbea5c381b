"""Azerbaijani labels for the movement values the services return as stable codes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from registrar.services.reference import ROMAN

CONTEXT = "Movements"

# Every string below is a proposed string (the specs give none for these screens).
KIND_TITLES: dict[str, str] = {
    "incoming_transfer": str(QT_TRANSLATE_NOOP("Movements", "Daxil olan köçürmə")),
    "outgoing_transfer": str(QT_TRANSLATE_NOOP("Movements", "Gedən köçürmə")),
    "transfer_from_abroad": str(QT_TRANSLATE_NOOP("Movements", "Xaricdən köçürmə")),
    "specialty_or_form_change": str(
        QT_TRANSLATE_NOOP("Movements", "İxtisasın və ya təhsil formasının dəyişdirilməsi")
    ),
    "restoration": str(QT_TRANSLATE_NOOP("Movements", "Bərpa")),
    "academic_leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyət")),
    "leave_return": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətdən qayıdış")),
    "expulsion": str(QT_TRANSLATE_NOOP("Movements", "Xaric olunma")),
}

STATUS_TITLES: dict[str, str] = {
    "eligible": str(QT_TRANSLATE_NOOP("Movements", "Uyğundur")),
    "needs_consent": str(QT_TRANSLATE_NOOP("Movements", "Razılıq tələb olunur")),
    "mse_discretion": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyin mülahizəsinə")),
    "not_eligible": str(QT_TRANSLATE_NOOP("Movements", "Uyğun deyil")),
    "not_yet": str(QT_TRANSLATE_NOOP("Movements", "Hələ tezdir")),
    "out_of_scope": str(QT_TRANSLATE_NOOP("Movements", "Qaydaların əhatəsindən kənar")),
    "blocked": str(QT_TRANSLATE_NOOP("Movements", "Şərt ödənilməyib")),
}

STATUS_COLOURS: dict[str, str] = {
    "eligible": "#1b5e20",
    "needs_consent": "#8a5a00",
    "mse_discretion": "#8a5a00",
    "not_eligible": "#b3261e",
    "blocked": "#b3261e",
    "not_yet": "#555555",
    "out_of_scope": "#555555",
}

CASE_STATES: dict[str, str] = {
    "open": str(QT_TRANSLATE_NOOP("Movements", "Açıq")),
    "decided": str(QT_TRANSLATE_NOOP("Movements", "Qərar qeyd edilib")),
    "ordered": str(QT_TRANSLATE_NOOP("Movements", "Əmr verilib")),
    "submitted": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyə təqdim edilib")),
    "approved": str(QT_TRANSLATE_NOOP("Movements", "Təsdiq edilib")),
    "refused": str(QT_TRANSLATE_NOOP("Movements", "Rədd edilib")),
}

DEADLINE_TITLES: dict[str, str] = {
    "expulsion_order": str(QT_TRANSLATE_NOOP("Movements", "Xaric etmə əmri (2.12)")),
    "inclusion_order": str(QT_TRANSLATE_NOOP("Movements", "Tələbələr sırasına daxil etmə əmri")),
    "deferment_lost": str(QT_TRANSLATE_NOOP("Movements", "Hərbi möhlətin itirilməsi")),
    "military_notice": str(QT_TRANSLATE_NOOP("Movements", "Hərbi qeydiyyat orqanına bildiriş")),
    "restoration_earliest": str(QT_TRANSLATE_NOOP("Movements", "Bərpanın ən erkən tarixi")),
    "restoration_latest": str(QT_TRANSLATE_NOOP("Movements", "Bərpanın son tarixi")),
    "leave_end": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətin sonu")),
}

FEE_TITLES: dict[str, str] = {
    "state_order_may_continue": str(
        QT_TRANSLATE_NOOP("Movements", "Dövlət sifarişi ilə davam edə bilər")
    ),
    "fee_paying": str(QT_TRANSLATE_NOOP("Movements", "Ödənişli")),
    "undetermined": str(QT_TRANSLATE_NOOP("Movements", "Müəyyən edilməyib")),
    "unchanged": str(QT_TRANSLATE_NOOP("Movements", "Dəyişmir")),
}

SCORE_TITLES: dict[str, str] = {
    "pass": str(QT_TRANSLATE_NOOP("Movements", "Bal kifayətdir")),
    "fail": str(QT_TRANSLATE_NOOP("Movements", "Bal kifayət deyil")),
    "waived": str(QT_TRANSLATE_NOOP("Movements", "Bal nəzərə alınmır")),
    "not_applicable": str(QT_TRANSLATE_NOOP("Movements", "Bal tətbiq edilmir")),
    "data_missing": str(QT_TRANSLATE_NOOP("Movements", "Bal məlumatı yoxdur")),
}

CONSENT_TITLES: dict[str, str] = {
    "mse": str(QT_TRANSLATE_NOOP("Movements", "Elm və Təhsil Nazirliyi")),
    "founder_body": str(QT_TRANSLATE_NOOP("Movements", "Təsisçi orqan")),
    "payer": str(QT_TRANSLATE_NOOP("Movements", "Təhsil haqqını ödəyən")),
}

ORDER_KINDS: dict[str, str] = {
    "expulsion": str(QT_TRANSLATE_NOOP("Movements", "Xaric etmə")),
    "transfer_out": str(QT_TRANSLATE_NOOP("Movements", "Köçürmə (gedən)")),
    "transfer_in": str(QT_TRANSLATE_NOOP("Movements", "Köçürmə (daxil olan)")),
    "restoration": str(QT_TRANSLATE_NOOP("Movements", "Bərpa")),
    "leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyət")),
    "leave_return": str(QT_TRANSLATE_NOOP("Movements", "Məzuniyyətdən qayıdış")),
    "specialty_change": str(QT_TRANSLATE_NOOP("Movements", "İxtisas dəyişikliyi")),
}

STUDENT_STATES: dict[str, str] = {
    "enrolled": str(QT_TRANSLATE_NOOP("Movements", "Təhsil alır")),
    "on_leave": str(QT_TRANSLATE_NOOP("Movements", "Akademik məzuniyyətdə")),
    "returned": str(QT_TRANSLATE_NOOP("Movements", "Məzuniyyətdən qayıdıb")),
    "expelled": str(QT_TRANSLATE_NOOP("Movements", "Xaric olunub")),
    "restored": str(QT_TRANSLATE_NOOP("Movements", "Bərpa olunub")),
    "transferred_out": str(QT_TRANSLATE_NOOP("Movements", "Köçürülüb (gedən)")),
    "transferred_in": str(QT_TRANSLATE_NOOP("Movements", "Köçürülüb (daxil olan)")),
    "specialty_changed": str(QT_TRANSLATE_NOOP("Movements", "İxtisası dəyişib")),
}

EVENT_TITLES: dict[str, str] = {
    "opened": str(QT_TRANSLATE_NOOP("Movements", "İş açıldı")),
    "facts_saved": str(QT_TRANSLATE_NOOP("Movements", "Faktlar saxlanıldı")),
    "evidence_attached": str(QT_TRANSLATE_NOOP("Movements", "Sənəd əlavə edildi")),
    "decision_recorded": str(QT_TRANSLATE_NOOP("Movements", "Qərar qeyd edildi")),
    "order_issued": str(QT_TRANSLATE_NOOP("Movements", "Əmr verildi")),
    "letter_registered": str(QT_TRANSLATE_NOOP("Movements", "Məktub qeydə alındı")),
    "approved": str(QT_TRANSLATE_NOOP("Movements", "Nazirlik təsdiq etdi")),
    "refused": str(QT_TRANSLATE_NOOP("Movements", "Nazirlik rədd etdi")),
    "submitted": str(QT_TRANSLATE_NOOP("Movements", "Nazirliyə təqdim edildi")),
}


def title(table: dict[str, str], code: str | None) -> str:
    """The translated title of `code`, or the code itself when the table does not know it."""
    if code is None:
        return "—"
    text = table.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


# ---- reasons ---------------------------------------------------------------------------------
# The engine's reasons carry a paragraph and an English text, and no status of their own; one
# paragraph can give several reasons (2.2, 1.5, 4.3), so the English text picks the entry. Its
# named groups are filled into the Azerbaijani text: `date*` as dd.mm.yyyy, `group*` as I..V.
# Every Azerbaijani text below is a proposed string.
N = QT_TRANSLATE_NOOP
_WAIT = "is not in a winter or summer vacation;"
REASON_TEXTS: dict[str, tuple[tuple[str, object], ...]] = {
    "1.1": (
        (
            r"Level '(?P<level>.*)' is outside the Rules, which cover bachelor's, master's and "
            r"basic \(base higher\) medical education\.",
            N(
                "Movements",
                "'{level}' təhsil səviyyəsi Qaydaların əhatəsindən kənardır: Qaydalar "
                "bakalavriat, magistratura və əsas (baza ali) tibb təhsilini əhatə edir.",
            ),
        ),
    ),
    "1.2": (
        (
            r"The Rules do not apply to special-purpose HEIs\.",
            N("Movements", "Qaydalar xüsusi təyinatlı ali təhsil müəssisələrinə şamil edilmir."),
        ),
    ),
    "1.4": (
        (
            rf"The effective date (?P<date>\S+) {_WAIT} the order waits for the vacation from "
            r"(?P<date_next>\S+)\.",
            N(
                "Movements",
                "Köçürmə tarixi ({date}) qış və ya yay tətilinə düşmür; əmr {date_next} "
                "tarixində başlayan tətili gözləyir.",
            ),
        ),
        (
            rf"The restoration order dated (?P<date>\S+) {_WAIT} it waits for the vacation from "
            r"(?P<date_next>\S+)\.",
            N(
                "Movements",
                "Bərpa əmrinin tarixi ({date}) qış və ya yay tətilinə düşmür; əmr {date_next} "
                "tarixində başlayan tətili gözləyir.",
            ),
        ),
        (
            rf"The return order dated (?P<date>\S+) {_WAIT} it waits for the vacation from "
            r"(?P<date_next>\S+) \(all levels, A-36\)\.",
            N(
                "Movements",
                "Qayıdış əmrinin tarixi ({date}) qış və ya yay tətilinə düşmür; əmr {date_next} "
                "tarixində başlayan tətili gözləyir (bütün səviyyələr, A-36).",
            ),
        ),
    ),
    "1.5": (
        (
            r"At the master's level a change of specialty is not allowed\.",
            N("Movements", "Magistratura səviyyəsində ixtisasın dəyişdirilməsinə yol verilmir."),
        ),
        (
            r"At the master's level a change of specialisation is not allowed \(the only "
            r"exception is 2\.6\.2, on return from academic leave, at the same HEI\)\.",
            N(
                "Movements",
                "Magistratura səviyyəsində ixtisaslaşmanın dəyişdirilməsinə yol verilmir "
                "(yeganə istisna 2.6.2-ci bənddir: akademik məzuniyyətdən qayıdışda, eyni ali "
                "təhsil müəssisəsində).",
            ),
        ),
        (
            r"At the master's level a transfer to another HEI is allowed only during the 1st "
            r"academic year\.",
            N(
                "Movements",
                "Magistratura səviyyəsində başqa ali təhsil müəssisəsinə köçürməyə yalnız 1-ci "
                "tədris ili ərzində yol verilir.",
            ),
        ),
        (
            r"The summer vacation after the 1st year is not part of the 1st academic year "
            r"under the configured reading of A-02\.",
            N(
                "Movements",
                "A-02-nin tənzimlənmiş şərhinə görə 1-ci kursdan sonrakı yay tətili 1-ci tədris "
                "ilinə daxil deyil.",
            ),
        ),
        (
            r"A master's student may be restored only to the HEI of previous study, in the own "
            r"specialty and specialisation\.",
            N(
                "Movements",
                "Magistrant yalnız əvvəl təhsil aldığı ali təhsil müəssisəsində, öz ixtisası və "
                "ixtisaslaşması üzrə bərpa oluna bilər.",
            ),
        ),
    ),
    "1.7": (
        (
            r"Students of non-accredited foreign HEIs may not be transferred to HEIs of "
            r"Azerbaijan\.",
            N(
                "Movements",
                "Akkreditasiya olunmamış xarici ali təhsil müəssisələrinin tələbələri Azərbaycan "
                "Respublikasının ali təhsil müəssisələrinə köçürülə bilməz.",
            ),
        ),
        (
            r"Persons expelled from non-accredited foreign HEIs may not be restored to HEIs of "
            r"Azerbaijan\.",
            N(
                "Movements",
                "Akkreditasiya olunmamış xarici ali təhsil müəssisələrindən xaric olunmuş şəxslər "
                "Azərbaycan Respublikasının ali təhsil müəssisələrində bərpa oluna bilməz.",
            ),
        ),
    ),
    "2.1": (
        (
            r"A transfer or a change of specialty or form of study is carried out only after the "
            r"first semester has ended\.",
            N(
                "Movements",
                "Köçürmə, ixtisasın və ya təhsil formasının dəyişdirilməsi yalnız birinci semestr "
                "başa çatdıqdan sonra həyata keçirilir.",
            ),
        ),
        (
            r"Students studying extramurally \(qiyabi\) at foreign HEIs are not transferred to "
            r"the country's HEIs\.",
            N(
                "Movements",
                "Xarici ali təhsil müəssisələrində qiyabi təhsil alan tələbələr ölkənin ali "
                "təhsil müəssisələrinə köçürülmür.",
            ),
        ),
        (
            r"The person did not complete the first semester before the expulsion \(2\.1 as "
            r"read for restorations, Proposal A-33\)\.",
            N(
                "Movements",
                "Şəxs xaric olunanadək birinci semestri başa vurmayıb (2.1-ci bəndin bərpaya "
                "tətbiqi, A-33 təklifi).",
            ),
        ),
    ),
    "2.2": (
        (
            r"Footnote 4: the history specialties are compatible with each other\.",
            N("Movements", "4-cü qeyd: tarix ixtisasları bir-biri ilə uyğundur."),
        ),
        (
            r"Footnote 4: international relations and regional studies are compatible with the "
            r"group III specialties other than culture and arts\.",
            N(
                "Movements",
                "4-cü qeyd: beynəlxalq münasibətlər və regionşünaslıq ixtisasları mədəniyyət və "
                "incəsənət ixtisaslarından başqa III qrup ixtisasları ilə uyğundur.",
            ),
        ),
        (
            r"Footnote 4 read both ways \(Proposal A-09\): a group III specialty other than "
            r"culture and arts is compatible with international relations and regional studies\.",
            N(
                "Movements",
                "4-cü qeyd hər iki istiqamətdə oxunur (A-09 təklifi): mədəniyyət və incəsənətdən "
                "başqa III qrup ixtisası beynəlxalq münasibətlər və regionşünaslıq ixtisasları "
                "ilə uyğundur.",
            ),
        ),
        (
            r"The admitted specialty \(group (?P<group_a>\d+)\) and the target specialty \(group "
            r"(?P<group_b>\d+)\) are not in the same DİM specialty group, and footnote 4 does not "
            r"make them compatible\.",
            N(
                "Movements",
                "Qəbul olunduğu ixtisas ({group_a} qrup) və yeni ixtisas ({group_b} qrup) DİM-in "
                "eyni ixtisas qrupuna aid deyil və 4-cü qeyd onları uyğun saymır.",
            ),
        ),
    ),
    "2.3": (
        (
            r"The admission score (?P<score>\S+) is not lower than the target's minimum passing "
            r"score (?P<minimum>\S+)\.",
            N(
                "Movements",
                "Qəbul balı ({score}) yeni ixtisas üzrə keçid balından ({minimum}) aşağı deyil.",
            ),
        ),
        (
            r"The admission score (?P<score>\S+) is lower than the target's minimum passing "
            r"score (?P<minimum>\S+) in the year of admission\.",
            N(
                "Movements",
                "Qəbul balı ({score}) qəbul ilində yeni ixtisas üzrə keçid balından ({minimum}) "
                "aşağıdır.",
            ),
        ),
        (
            r"The student has no DİM admission score: the MSE decides without an automatic score "
            r"check \(A-11\)\.",
            N(
                "Movements",
                "Tələbənin DİM üzrə qəbul balı yoxdur: Nazirlik balın avtomatik yoxlanışı olmadan "
                "qərar verir (A-11).",
            ),
        ),
        (
            r"The target's minimum passing score for the admission year is not known: the MSE "
            r"decides without an automatic score check \(A-10\)\.",
            N(
                "Movements",
                "Qəbul ili üçün yeni ixtisas üzrə keçid balı məlum deyil: Nazirlik balın avtomatik "
                "yoxlanışı olmadan qərar verir (A-10).",
            ),
        ),
    ),
    "2.4": (
        (
            r"No score waiver in law: the score rule applies\.",
            N(
                "Movements",
                "Hüquqşünaslıq ixtisasında bal güzəşti yoxdur: bal qaydası tətbiq edilir.",
            ),
        ),
        (
            r"No score waiver in law or basic medicine: the score rule applies\.",
            N(
                "Movements",
                "Hüquqşünaslıq və əsas (baza) ali tibb təhsili ixtisaslarında bal güzəşti yoxdur: "
                "bal qaydası tətbiq edilir.",
            ),
        ),
    ),
    "2.4.1": (
        (
            r"Baku state HEI to a region other than Sumgait: the admission score is not "
            r"considered\.",
            N(
                "Movements",
                "Bakı şəhərindəki dövlət ali təhsil müəssisəsindən Sumqayıtdan başqa regiona: "
                "qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.4.2": (
        (
            r"From one region to another region \(not Baku, not Sumgait\) in the own specialty: "
            r"the admission score is not considered\.",
            N(
                "Movements",
                "Bir regiondan başqa regiona (Bakı və Sumqayıt istisna olmaqla) öz ixtisası üzrə: "
                "qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.4.3": (
        (
            r"Return from academic leave, own specialty no longer taught, another specialty at "
            r"the same HEI: the admission score is not considered\.",
            N(
                "Movements",
                "Akademik məzuniyyətdən qayıdış, öz ixtisası artıq tədris olunmur, eyni ali "
                "təhsil müəssisəsində başqa ixtisas: qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.4.4": (
        (
            r"Admitted on international exam results: the admission score is not considered\.",
            N(
                "Movements",
                "Beynəlxalq imtahan nəticələri əsasında qəbul olunub: qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.5": (
        (
            r"At the master's level a change of form of study is allowed only during the 1st "
            r"academic year \(2\.5; Proposal A-03\)\.",
            N(
                "Movements",
                "Magistratura səviyyəsində təhsil formasının dəyişdirilməsinə yalnız 1-ci tədris "
                "ili ərzində yol verilir (2.5; A-03 təklifi).",
            ),
        ),
    ),
    "2.6.1": (
        (
            r"Master's, Baku state HEI to a region other than Sumgait in the own specialisation: "
            r"the admission score is not considered\.",
            N(
                "Movements",
                "Magistratura, Bakı şəhərindəki dövlət ali təhsil müəssisəsindən Sumqayıtdan "
                "başqa regiona öz ixtisaslaşması üzrə: qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.6.2": (
        (
            r"Master's return from academic leave with the own specialty \(specialisation\) no "
            r"longer taught: the admission score is not considered\.",
            N(
                "Movements",
                "Magistraturada akademik məzuniyyətdən qayıdış, öz ixtisası (ixtisaslaşması) "
                "artıq tədris olunmur: qəbul balı nəzərə alınmır.",
            ),
        ),
    ),
    "2.7": (
        (
            r"2\.7 and 2\.8 cover only full-time study abroad; '(?P<form>.*)' is not covered "
            r"\(Proposal A-17: not eligible unless the MSE decides otherwise\)\.",
            N(
                "Movements",
                "2.7 və 2.8-ci bəndlər yalnız xaricdə əyani təhsili əhatə edir; '{form}' təhsil "
                "forması əhatə olunmur (A-17 təklifi: Nazirlik başqa qərar verməsə, uyğun deyil).",
            ),
        ),
        (
            r"An Azerbaijani citizen studying full-time abroad who took the DİM exams: the group "
            r"rule \(2\.2\) and the score rule \(2\.3\) apply\.",
            N(
                "Movements",
                "Xaricdə əyani təhsil alan və DİM imtahanlarında iştirak etmiş Azərbaycan "
                "Respublikası vətəndaşı: qrup qaydası (2.2) və bal qaydası (2.3) tətbiq edilir.",
            ),
        ),
        (
            r"An Azerbaijani citizen studying full-time abroad who took the DİM exams: the group "
            r"rule \(2\.2\) and the score rule \(2\.3\) apply \(2\.5 by analogy for the master's "
            r"level, A-16\)\.",
            N(
                "Movements",
                "Xaricdə əyani təhsil alan və DİM imtahanlarında iştirak etmiş Azərbaycan "
                "Respublikası vətəndaşı: qrup qaydası (2.2) və bal qaydası (2.3) tətbiq edilir "
                "(magistratura səviyyəsi üçün analogiya üzrə 2.5, A-16).",
            ),
        ),
    ),
    "2.8": (
        (
            r"An Azerbaijani citizen studying full-time abroad who did not take the DİM exams: "
            r"the MSE weighs .*",
            N(
                "Movements",
                "Xaricdə əyani təhsil alan və DİM imtahanlarında iştirak etməmiş Azərbaycan "
                "Respublikası vətəndaşı: Nazirlik beynəlxalq imtahan nəticələrini, akademik "
                "göstəriciləri, köçürülmənin səbəblərini və ali təhsil müəssisəsinin dünya "
                "reytinqindəki yerini nəzərə alır (2.8.1–2.8.4).",
            ),
        ),
    ),
    "2.9.5": (
        (
            r"Outstanding tuition-fee debt: .*",
            N(
                "Movements",
                "Təhsil haqqı üzrə borc var: borcun olmamasını təsdiq edən sənəd (2.9.5) borc "
                "ödənilənədək təqdim edilə bilməz.",
            ),
        ),
    ),
    "2.12": (
        (
            r"The MSE's letter about the transfer has not been received; .*",
            N(
                "Movements",
                "Köçürmə barədə Nazirliyin məktubu daxil olmayıb; əmr üçün 5 iş günlük müddət "
                "(2.12) məktub daxil olduqdan sonra başlayır.",
            ),
        ),
    ),
    "2.14": (
        (
            r"A foreigner or stateless person from a foreign HEI: .*",
            N(
                "Movements",
                "Xarici ali təhsil müəssisəsindən gələn əcnəbi və ya vətəndaşlığı olmayan şəxs: "
                "2.7 və 2.8-ci bəndlər tətbiq edilmir, digər qaydalar tətbiq edilir (A-24).",
            ),
        ),
    ),
    "3.1": (
        (
            r"'(?P<ground>.*)' is not a ground for expulsion under 3\.1 .*",
            N(
                "Movements",
                "'{ground}' 3.1-ci bəndə görə xaric olunma üçün əsas deyil (siyahı qapalı hesab "
                "edilir, A-25 təklifi).",
            ),
        ),
        (
            r"'(?P<ground>.*)' is not listed in 3\.1; .*",
            N(
                "Movements",
                "'{ground}' 3.1-ci bənddə sadalanmır; A-25-in tənzimlənmiş şərhinə görə qərar "
                "rektora buraxılır.",
            ),
        ),
    ),
    "3.1.1": (
        (
            r"Expulsion at the student's own request, by the rector's order\.",
            N("Movements", "Tələbənin öz ərizəsi əsasında, rektorun əmri ilə xaric olunma."),
        ),
    ),
    "3.1.2": (
        (
            r"Expulsion in connection with the transfer to another HEI: the rector's order and "
            r"the personal file with the transcript within (?P<days>\d+) business days of the "
            r"MSE letter\.",
            N(
                "Movements",
                "Başqa ali təhsil müəssisəsinə köçürülmə ilə əlaqədar xaric olunma: rektorun əmri "
                "və akademik arayışla birlikdə şəxsi iş Nazirliyin məktubundan sonra {days} iş "
                "günü ərzində.",
            ),
        ),
    ),
    "3.1.3": (
        (
            r"Expulsion for a gross breach of the internal discipline rules, .*",
            N(
                "Movements",
                "Daxili intizam qaydalarını kobud şəkildə pozduğuna görə xaric olunma (kobud "
                "pozuntu ali təhsil müəssisəsinin öz qaydalarına görə müəyyən edilir, A-25).",
            ),
        ),
    ),
    "3.1.4": (
        (
            r"Expulsion for health reasons on the medical advisory commission's certificate\.",
            N(
                "Movements",
                "Həkim-məsləhət komissiyasının arayışı əsasında səhhətinə görə xaric olunma.",
            ),
        ),
        (
            r"Expulsion for health reasons needs the medical advisory commission's certificate\.",
            N(
                "Movements",
                "Səhhətinə görə xaric olunma üçün həkim-məsləhət komissiyasının arayışı tələb "
                "olunur.",
            ),
        ),
    ),
    "3.1.5": (
        (
            r"Not registered for the academic year and no contact by the end of its autumn "
            r"semester\.",
            N(
                "Movements",
                "Tədris ili üçün qeydiyyatdan keçməyib və payız semestrinin sonunadək əlaqə "
                "saxlamayıb.",
            ),
        ),
        (
            r"Not yet a 3\.1\.5 expulsion: (?P<problems>.*)\.",
            N("Movements", "3.1.5-ci bənd üzrə xaric olunma üçün hələ əsas yoxdur: {problems}."),
        ),
    ),
    "4.1": (
        (
            r"One semester has not yet passed since the expulsion: the earliest date is "
            r"(?P<date>\S+) \(the day after the first complete semester\)\.",
            N(
                "Movements",
                "Xaric olunmadan bəri hələ bir semestr keçməyib: ən erkən tarix {date} (ilk tam "
                "semestrdən sonrakı gün).",
            ),
        ),
        (
            r"More than (?P<years>\d+) years have passed since the expulsion \(the last day was "
            r"(?P<date>\S+)\)\.",
            N(
                "Movements",
                "Xaric olunmadan bəri {years} ildən çox vaxt keçib (son gün {date} idi).",
            ),
        ),
    ),
    "4.2": (
        (
            r"Restoration to the same HEI in the own specialty: .*",
            N(
                "Movements",
                "Eyni ali təhsil müəssisəsində öz ixtisası üzrə bərpa: tələbənin ərizəsi əsasında "
                "rektorun əmri ilə, Nazirliyin razılığı olmadan.",
            ),
        ),
        (
            r"Restoration to another HEI or another specialty: .*",
            N(
                "Movements",
                "Başqa ali təhsil müəssisəsində və ya başqa ixtisas üzrə bərpa: ali təhsil "
                "müəssisəsinin vəsatəti əsasında, Nazirliyin razılığı ilə, 1.5, 1.11 və "
                "2.1–2.8-ci bəndlərin tələblərinə uyğun olaraq.",
            ),
        ),
    ),
    "4.3": (
        (
            r"A former student of a special-purpose HEI may be restored to a civilian HEI only "
            r"after an expulsion for health reasons .*",
            N(
                "Movements",
                "Xüsusi təyinatlı ali təhsil müəssisəsinin keçmiş tələbəsi mülki ali təhsil "
                "müəssisəsində yalnız səhhətinə görə xaric olunduqda bərpa oluna bilər (4.3; "
                "A-32 təklifi).",
            ),
        ),
        (
            r"A former special-purpose HEI student expelled for health reasons may be restored .*",
            N(
                "Movements",
                "Səhhətinə görə xaric olunmuş xüsusi təyinatlı ali təhsil müəssisəsinin keçmiş "
                "tələbəsi ali təhsil müəssisəsinin müraciəti əsasında, Nazirliyin razılığı ilə "
                "mülki ali təhsil müəssisəsində uyğun ixtisas üzrə bərpa oluna bilər.",
            ),
        ),
        (
            r"A person expelled from a foreign HEI may be restored .*",
            N(
                "Movements",
                "Xarici ali təhsil müəssisəsindən xaric olunmuş şəxs 2.7–2.12-ci bəndlərə əsasən, "
                "Nazirliyin razılığı ilə mülki ali təhsil müəssisəsində uyğun ixtisas üzrə bərpa "
                "oluna bilər.",
            ),
        ),
    ),
    "5.1": (
        (
            r"'(?P<ground>.*)' is not a ground for academic leave under 5\.1 .*",
            N(
                "Movements",
                "'{ground}' 5.1-ci bəndə görə akademik məzuniyyət üçün əsas deyil (siyahı qapalı "
                "hesab edilir, A-34 təklifi).",
            ),
        ),
        (
            r"'(?P<ground>.*)' is not listed in 5\.1; .*",
            N(
                "Movements",
                "'{ground}' 5.1-ci bənddə sadalanmır; A-34-ün tənzimlənmiş şərhinə görə "
                "məzuniyyətin verilməsi rektorun qərarına buraxılır.",
            ),
        ),
    ),
    "5.1.1": (
        (
            r"Called up for fixed-term active military service: .*",
            N(
                "Movements",
                "Müddətli həqiqi hərbi xidmətə çağırılıb: məzuniyyət xidmət müddətinə verilir.",
            ),
        ),
        (
            r"Called up for military service on mobilisation: .*",
            N(
                "Movements",
                "Səfərbərlik üzrə hərbi xidmətə çağırılıb: məzuniyyət tərxis olunanadək verilir; "
                "bitmə tarixi tərxis sənədi daxil olduqda qeyd edilir (A-35).",
            ),
        ),
    ),
    "5.1.2": (
        (
            r"Family circumstances: leave of up to (?P<years>\d+) years\.",
            N("Movements", "Ailə vəziyyəti: {years} ilədək məzuniyyət."),
        ),
        (
            r"Family leave is granted for up to (?P<years>\d+) years: it may end on "
            r"(?P<date>\S+) at the latest, not (?P<date_end>\S+)\.",
            N(
                "Movements",
                "Ailə vəziyyəti ilə bağlı məzuniyyət {years} ilədək verilir: ən gec {date} "
                "tarixində bitə bilər, {date_end} tarixində yox.",
            ),
        ),
    ),
    "5.1.3": (
        (
            r"Health: .*",
            N(
                "Movements",
                "Səhhət: məzuniyyət həkim-məsləhət komissiyasının arayışında göstərilən müddətə "
                "verilir.",
            ),
        ),
    ),
    "5.1.4": (
        (
            r"Social leave: .*",
            N("Movements", "Sosial məzuniyyət: qanunvericiliklə müəyyən edilmiş müddətə."),
        ),
    ),
    "5.1.5": (
        (
            r"Study abroad under a programme: .*",
            N("Movements", "Proqram üzrə xaricdə təhsil: proqramın müddətinə."),
        ),
    ),
    "5.2": (
        (
            r"The student resumes studies from the next semester, which starts (?P<date>\S+)\. "
            r"The own specialty is still taught\.",
            N(
                "Movements",
                "Tələbə {date} tarixində başlayan növbəti semestrdən təhsilini davam etdirir. Öz "
                "ixtisası hələ də tədris olunur.",
            ),
        ),
        (
            r"The student resumes studies from the next semester, which starts (?P<date>\S+)\. "
            r"The own specialty is no longer taught: .*",
            N(
                "Movements",
                "Tələbə {date} tarixində başlayan növbəti semestrdən təhsilini davam etdirir. Öz "
                "ixtisası artıq tədris olunmur: Nazirlik ali təhsil müəssisəsinin müraciəti "
                "əsasında qərar verir.",
            ),
        ),
    ),
}
# The window reason names 1.5 for master's cases and 1.4 otherwise; the texts are the same.
REASON_TEXTS["1.5"] = REASON_TEXTS["1.5"] + REASON_TEXTS["1.4"]
REASON_TEXTS["2.6"] = REASON_TEXTS["2.4"]  # 2.6 for master's cases, 2.4 otherwise
_ALL_REASONS = tuple(entry for entries in REASON_TEXTS.values() for entry in entries)
# The parts of a 3.1.5 "not yet" reason, joined with "; " by the engine.
_PROBLEMS: tuple[tuple[str, object], ...] = (
    (
        r"the order must be dated after the autumn semester ends \((?P<date>\S+)\)",
        N("Movements", "əmr payız semestri bitdikdən ({date}) sonrakı tarixlə verilməlidir"),
    ),
    (
        r"the student registered for the academic year",
        N("Movements", "tələbə tədris ili üçün qeydiyyatdan keçib"),
    ),
    (
        r"the student contacted the HEI on (?P<date>\S+), during the autumn semester",
        N(
            "Movements",
            "tələbə payız semestri ərzində, {date} tarixində ali təhsil müəssisəsi ilə əlaqə "
            "saxlayıb",
        ),
    ),
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _slot(name: str, value: str) -> str:
    if name.startswith("date"):
        match = _ISO_DATE.fullmatch(value)
        return f"{match[3]}.{match[2]}.{match[1]}" if match else value
    if name.startswith("group") and value.isdigit() and 1 <= int(value) <= len(ROMAN):
        return ROMAN[int(value) - 1]
    if name == "problems":
        return "; ".join(_translated(_PROBLEMS, part) or part for part in value.split("; "))
    return value


def _translated(entries: tuple[tuple[str, object], ...], english: str) -> str | None:
    for pattern, template in entries:
        match = re.fullmatch(pattern, english, re.DOTALL)
        if match is None:
            continue
        text = QCoreApplication.translate(CONTEXT, str(template))
        for name, value in match.groupdict().items():
            text = text.replace("{" + name + "}", _slot(name, value or ""))
        return text
    return None


def reason_text(reason: Mapping[str, Any]) -> str:
    """The Azerbaijani text of one engine reason; the English text when it is not mapped."""
    paragraph = str(reason.get("paragraph") or "")
    english = str(reason.get("text") or "")
    found = _translated(REASON_TEXTS.get(paragraph, ()), english)
    if found is None:  # a text the engine cites under several paragraphs (2.3 / 2.5 / 2.7)
        found = _translated(_ALL_REASONS, english)
    return found or english
