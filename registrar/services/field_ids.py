"""Stable field ids of the portal spec, and every Azerbaijani string the services use."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Field ids (spec/portal-steps.md). Pages, widgets, drafts, the headless intake JSON, the
# importer and the stored application answers all key on these; never spell them elsewhere.

# P01 login
LOGIN_EMAIL: Final = "login.email"
LOGIN_PASSWORD: Final = "login.password"

# P02 document details (citizenship and identity)
REG_CITIZENSHIP: Final = "reg.citizenship"
REG_FIN: Final = "reg.fin"  # the citizen's FİN (P02-A) or the migration document's FİN (P02-B)
REG_MIGRATION_DOC_TYPE: Final = "reg.migration_doc_type"
REG_UNHCR_DOC_NO: Final = "reg.unhcr_doc_no"
REG_FIRST_NAME: Final = "reg.first_name"
REG_LAST_NAME: Final = "reg.last_name"
REG_PATRONYMIC: Final = "reg.patronymic"
REG_BIRTH_DATE: Final = "reg.birth_date"

# P03 mobile number
MOB_COUNTRY: Final = "mob.country"  # ISO 3166-1 alpha-2 code, e.g. "AZ"
MOB_NUMBER: Final = "mob.number"
MOB_CODE: Final = "mob.code"

# P04 e-mail, P05 password
EM_EMAIL: Final = "em.email"
EM_EMAIL_REPEAT: Final = "em.email_repeat"
PW_PASSWORD: Final = "pw.password"
PW_PASSWORD_REPEAT: Final = "pw.password_repeat"

# P10 admission line
APP_ADMISSION_LINE: Final = "app.admission_line"

# P11 personal data (the first six are read-only copies from registration)
PD_CITIZENSHIP: Final = "pd.citizenship"
PD_FIN: Final = "pd.fin"
PD_FIRST_NAME: Final = "pd.first_name"
PD_LAST_NAME: Final = "pd.last_name"
PD_PATRONYMIC: Final = "pd.patronymic"
PD_BIRTH_DATE: Final = "pd.birth_date"
PD_REG_ADDRESS: Final = "pd.reg_address"
PD_SAME_ADDRESS: Final = "pd.same_address"
PD_ACTUAL_ADDRESS: Final = "pd.actual_address"
PD_ACTUAL_DISTRICT: Final = "pd.actual_district"
PD_COUNTRY: Final = "pd.country"
PD_PHONE: Final = "pd.phone"
PD_EMAIL: Final = "pd.email"
PD_EMAIL_REPEAT: Final = "pd.email_repeat"

# P12 admission data. The spec names the automatic fields only as `ad.auto.*`;
# `ad.auto.admission_basis` is our name for the one the branching needs.
AD_AUTO_PREFIX: Final = "ad.auto."
AD_AUTO_ADMISSION_BASIS: Final = "ad.auto.admission_basis"
AD_PREV_STAGE: Final = "ad.prev_stage"
AD_EDU_LEVEL: Final = "ad.edu_level"
# Required admission documents (`ad.docs.required[n]`): their slot ids come from the admission
# line's configuration and are used as record keys as given there.
AD_DOCS_REQUIRED: Final = "ad.docs.required"
AD_DOCS_OTHER: Final = "ad.docs.other"  # a list of files

# P13 fee exemption
FEE_VULNERABLE: Final = "fee.vulnerable"
FEE_CATEGORY: Final = "fee.category"
FEE_SUB_PREFIX: Final = "fee.sub."
FEE_SUB_NAME_CHANGED: Final = "fee.sub.name_changed"
FEE_SUB_ORPHAN_REASON: Final = "fee.sub.orphan_reason"
FEE_SUB_CARE_REASON: Final = "fee.sub.care_reason"
FEE_NOTES: Final = "fee.notes"
# Category document slots (`fee.docs.required[n]`); the spec names these five.
FEE_DOC_PREFIX: Final = "fee.doc."
FEE_DOC_CONFIRMING: Final = "fee.doc.confirming"
FEE_DOC_BIRTH_CERT: Final = "fee.doc.birth_cert"
FEE_DOC_NAME_CHANGE: Final = "fee.doc.name_change"  # proposed slot (spec P13)
FEE_DOC_BOTH_DEPRIVED: Final = "fee.doc.both_deprived"
FEE_DOC_PARENTS_DEATH: Final = "fee.doc.parents_death"  # proposed slot (spec P13)
FEE_DOCS_OTHER: Final = "fee.docs.other"  # a list of files

# Coded values of choice fields (spec §16.1 data model; basis as in models.application)
CITIZENSHIP_AZ_CITIZEN: Final = "AZ_CITIZEN"
CITIZENSHIP_MIGRATION_DOC: Final = "MIGRATION_DOC"
CITIZENSHIP_UNHCR: Final = "UNHCR"
CITIZENSHIPS: Final = (CITIZENSHIP_AZ_CITIZEN, CITIZENSHIP_MIGRATION_DOC, CITIZENSHIP_UNHCR)
ADMISSION_BASIS_STATE_FUNDED: Final = "state_funded"
ADMISSION_BASIS_FEE_PAYING: Final = "fee_paying"
ADMISSION_BASES: Final = (ADMISSION_BASIS_STATE_FUNDED, ADMISSION_BASIS_FEE_PAYING)

# Strings attested in the manual: spec §17, verbatim, keyed as there. `fee.cat.defence` is the
# partial label the manual shows; its ending must come from the Ministry.
ATTESTED: Final[Mapping[str, str]] = MappingProxyType(
    {
        "brand.ministry_old": "AZƏRBAYCAN RESPUBLİKASI TƏHSİL NAZİRLİYİ",
        "brand.cabinet_portal": "AZƏRBAYCAN RESPUBLİKASI TƏHSİL NAZİRLİYİ ŞƏXSİ KABİNET PORTALI",
        "cabinet.header": "ŞƏXSİ KABİNET",
        "login.title": "Giriş",
        "login.email": "E-poçt",
        "login.email.placeholder": "e-poçt",
        "login.password": "Şifrə",
        "login.continue": "DAVAM ET >",
        "login.forgot": "Şifrəni unutdun?",
        "login.not_registered": "Qeydiyyatdan keçməmisiniz?",
        "login.register": "QEYDİYYAT >",
        "reg.steps": "Sənəd məlumatları > Mobil nömrə > Elektron poçt > Şifrə",
        "reg.doc.title": "Sənəd məlumatları",
        "reg.citizenship": "Vətəndaşlıq:",
        "common.select": "- Seçin -",
        "common.select_date": "Seçin",
        "reg.citizenship.az": "Azərbaycan Respublikası vətəndaşı",
        "reg.citizenship.migration": "Miqrasiya sənədi",
        "reg.citizenship.unhcr": "BMT QAK (UNHCR) vəsiqəsi",
        "reg.fin": "FİN:",
        "reg.fin.placeholder": "XXXXXXX",
        "reg.doc_type": "Sənəd növü:",
        "reg.doc_serial": "Sənədin seriya və nömrəsi:",
        "person.first_name": "Ad:",
        "person.last_name": "Soyad:",
        "person.patronymic": "Ata adı:",
        "person.birth_date": "Doğum tarixi:",
        "common.check": "YOXLA",
        "common.next": "NÖVBƏTİ >",
        "common.back": "< GERİ",
        "common.yes": "Bəli",
        "common.no": "Xeyr",
        "common.other": "Digər",
        "mob.title": "Mobil nömrənin təsdiqi",
        "mob.country": "Ölkə:",
        "mob.country.az": "AZƏRBAYCAN",
        "mob.number": "Mobil nömrə:",
        "mob.prefix.az": "+994",
        "mob.resend": "YENİDƏN GÖNDƏR",
        "mob.sent": "Təsdiqləmə şifrəsi SMS vasitəsi ilə {number} nömrəsinə göndərildi.",
        "mob.wait": (
            "Qeyd etdiyiniz nömrəni dəyişmək və ya təsdiqləmə şifrəsini yenidən göndərmək "
            "{seconds} saniyədən sonra mümkün olacaq."
        ),
        "mob.code": "Təsdiqləmə şifrəsi:",
        "mob.note": "Qeyd: Bir mobil nömrə, ancaq bir müraciətçi üçün istifadə edilə bilər.",
        "em.title": "Elektron poçt təsdiqi",
        "em.email": "Elektron poçt ünvanı:",
        "em.email_repeat": "Elektron poçt ünvanının təkrarı:",
        "pw.title": "Şifrənin təsdiqi",
        "pw.password": "Şifrə:",
        "pw.password_repeat": "Şifrənin təkrarı:",
        "done.title": "Qeydiyyatınız uğurla tamamlandı!",
        "done.text": "Sistemdə qeydiyyatdan keçdiniz. İndi şəxsi kabinetə keçid edə bilərsiniz!",
        "done.enter": "Kabinetə daxil ol >",
        "services.title": "Xidmətlər",
        "services.1.title": "ALİ VƏ ORTA İXTİSAS TƏHSİLİ MÜƏSSİSƏLƏRİNƏ TƏHSİLƏN QEYDİYYATI",
        "services.1.desc": "Siz bu bölmədə qəbul olduğunuz müəssisəyə qeydiyyat edə bilərsiniz.",
        "services.2.title": "MÜSABİQƏLƏR VƏ OLİMPİADALAR",
        "services.2.desc": (
            "Siz bu bölmədə müsabiqə və olimpiadalarda iştirak üçün müraciət edə bilərsiniz."
        ),
        "services.3.title": "PEŞƏ TƏHSİLİ MÜƏSSİSƏLƏRİNƏ DİREKTOR MÜAVİNLƏRİNİN İŞƏ QƏBULU",
        "services.3.desc": (
            "Siz bu bölmədə peşə təhsili müəssisələrinə direktor müavinlərinin işə qəbulu "
            "üçün müraciət edə bilərsiniz."
        ),
        "services.4.title": "ARAYIŞ ƏLDƏ ETMƏK ÜÇÜN MÜRACİƏT",
        "services.4.desc": "Arayış əldə etmək üçün müraciət",
        "services.5.title": "TƏHSİLİN BƏRPASI",
        "services.5.desc": (
            "Siz bu bölmədə peşə təhsili üzrə dondurulmuş təhsilin bərpası üçün müraciət edə "
            "bilərsiniz."
        ),
        "menu.general": "ÜMUMİ MƏLUMATLAR",
        "menu.apply": "MÜRACİƏT ET",
        "apply.new": "Yeni müraciət et",
        "app.steps": (
            "Qəbul xətti > Şəxsi məlumatlar > Qəbul məlumatları > Təhsil haqqından azad > "
            "Təhsil haqqının ödənişi"
        ),
        "pd.title": "Sizin şəxsi məlumatlarınız",
        "pd.subtitle": "Aşağıdakı xanalar Sizin şəxsi məlumatlarınızdır.",
        "pd.reg_address": "Qeydiyyat ünvanı:",
        "pd.same_address": "Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?",
        "pd.actual_address": "Faktiki yaşadığı ünvan:",
        "pd.actual_district": "Faktiki yaşadığı rayon:",
        "pd.country": "Ölkə:",
        "pd.phone": "Əlaqə nömrəsi:",
        "pd.email": "E-poçt:",
        "pd.email_repeat": "Təkrar e-poçt:",
        "common.save": "YADDA SAXLA",
        "common.apply": "MÜRACİƏT ET",
        "fee.title": "Təhsil haqqından azad",
        "fee.intro": (
            "Sosial baxımdan həssas əhali qrupuna aid olduğunuz kateqoriyanı seçməklə təhsil "
            "haqqı güzəştlərindən istifadə edə bilərsiniz."
        ),
        "fee.question": "Sosial baxımdan həssas əhali qrupuna aidsiniz?",
        "fee.status": "Sosial status:",
        "fee.cat.orphan": "Valideynlərini itirmiş və valideyn himayəsindən məhrum olmuş uşaq",
        "fee.orphan.reason": "Valideynsiz qalma səbəbi",
        "fee.orphan.reason.death": "Valideynlərin vəfatı",
        "fee.orphan.care_reason": "Valideyn himayəsindən məhrum olmağın səbəbi",
        "fee.orphan.care_reason.both_deprived": (
            "Hər iki valideynin valideynlik hüquqlarından məhrum edilməsi"
        ),
        "fee.doc.both_deprived": (
            "Hər iki valideynin valideynlik hüquqlarından məhrum edilməsi barədə sənəd"
        ),
        "fee.cat.defence": (
            "Azərbaycan Respublikasının ərazi bütövlüyünün, müstəqilliyinin və Konstitusiya "
            "quruluşunun müdafiəsi zamanı …"
        ),
        "fee.defence.name_changed": "Ad və soyad dəyişdirilib?",
        "fee.doc.birth_certificate": "Doğum haqqında şəhadətnamə",
        "fee.notes": "Qeydlər",
        "upload.hint": "Yeni sənəd yükləyə bilərsiniz.",
        "upload.types": "jpg, png, pdf",
        "review.question": "Daxil etdiyiniz məlumatların doğruluğunu təsdiq edirsinizmi?",
        "review.confirm": "TƏSDİQ ET",
        "review.warning.title": "DİQQƏT!",
        "review.warning.text": (
            "Hörmətli Müraciətçi, müraciəti təsdiq etdikdən sonra məlumatların dəyişdirilməsi "
            "mümkün olmayacaqdır!"
        ),
        "notify.close": "X",
        "general.title": "Ümumi məlumatlar",
    }
)

CITIZENSHIP_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        CITIZENSHIP_AZ_CITIZEN: ATTESTED["reg.citizenship.az"],
        CITIZENSHIP_MIGRATION_DOC: ATTESTED["reg.citizenship.migration"],
        CITIZENSHIP_UNHCR: ATTESTED["reg.citizenship.unhcr"],
    }
)
YES: Final = ATTESTED["common.yes"]  # Bəli
NO: Final = ATTESTED["common.no"]  # Xeyr

# PROPOSED strings: suggested in the spec (marked "Proposal" / "proposed string" there), not
# seen in the manual. Need native review before release; never present them as the portal's.
PROPOSED: Final[Mapping[str, str]] = MappingProxyType(
    {
        "brand.ministry": "AZƏRBAYCAN RESPUBLİKASI ELM VƏ TƏHSİL NAZİRLİYİ",  # §0 default
        "login.failed": "E-poçt və ya şifrə yanlışdır.",
        "reg.not_found": "Məlumat tapılmadı.",
        "reg.doc_type.temporary": "Müvəqqəti yaşamaq icazəsi",  # to confirm with the Ministry
        "reg.doc_type.permanent": "Daimi yaşamaq icazəsi",  # to confirm with the Ministry
        "mob.in_use": "Bu mobil nömrə artıq başqa müraciətçi tərəfindən istifadə olunur.",
        "mob.send": "GÖNDƏR",
        "em.mismatch": "Elektron poçt ünvanları eyni deyil.",
        "pw.mismatch": "Şifrələr eyni deyil.",
        "recovery.last4": "Mobil nömrənin son 4 rəqəmi:",
        "recovery.failed": "Daxil etdiyiniz məlumatlar yanlışdır.",
        "ad.auto.institution": "Təhsil müəssisəsi",
        "ad.auto.specialty": "İxtisas",
        "ad.auto.specialization": "İxtisaslaşma",
        "ad.auto.study_form": "Təhsilalma forması",
        "ad.auto.basis.state_funded": "dövlət sifarişi əsasında",
        "ad.auto.basis.fee_paying": "ödənişli əsaslarla",
        "ad.auto.score": "Qəbul balı",
        "ad.auto.year": "Qəbul ili",
        "fee.hint": (
            "Əgər təhsil haqqından azad olunmaq üçün heç bir kateqoriyaya aid olmadığınızdan "
            "əminsinizsə, müraciətinizə gec cavab verilməməsi üçün birbaşa müraciət etməyiniz "
            "xahiş olunur."
        ),
        "fee.doc.name_change": "Ad və soyadın dəyişdirilməsi barədə sənəd",
        "fee.doc.parents_death": "Valideynlərin vəfatı barədə sənəd",
        "notify.sent": "Müraciətiniz uğurla göndərildi.",
        "status.DRAFT": "Qaralama",
        "status.SUBMITTED": "Göndərilib",
        "status.UNDER_REVIEW": "Baxılır",
        "status.EXEMPTION_APPROVED": "Güzəşt təsdiqlənib",
        "status.EXEMPTION_REJECTED": "Güzəşt təsdiqlənməyib",
        "status.REGISTERED": "Qeydiyyata alınıb",
        "status.REJECTED": "İmtina edilib",
        "validation.required": "Bu xananın doldurulması mütləqdir.",
        "upload.only_types": "Yalnız jpg, png və pdf formatlı fayllar qəbul olunur.",
    }
)

# Messages the services return. The first four are the spec's own proposals (§13, P04, P05).
MSG_REQUIRED: Final = PROPOSED["validation.required"]
MSG_EMAIL_MISMATCH: Final = PROPOSED["em.mismatch"]
MSG_PASSWORD_MISMATCH: Final = PROPOSED["pw.mismatch"]
MSG_FILE_TYPES: Final = PROPOSED["upload.only_types"]

# PROPOSED by us (Registrar Desk), not in the spec at all; need native review.
MSG_INVALID_VALUE: Final = "Daxil edilən dəyər düzgün deyil."
MSG_TOO_LONG: Final = "Ən çox {max} simvol daxil edilə bilər."
MSG_TEXT_CHARS: Final = "Mətndə icazə verilməyən simvollar var."
MSG_CHOICE_UNKNOWN: Final = "Seçilmiş dəyər siyahıda yoxdur."
MSG_YES_NO: Final = "Bəli və ya Xeyr seçin."
MSG_FIN_FORMAT: Final = "FİN 7 simvoldan ibarət olmalıdır: latın böyük hərfləri və rəqəmlər."
MSG_UNHCR_DOC_FORMAT: Final = (
    "Sənədin seriya və nömrəsi {min}–{max} hərf və ya rəqəmdən ibarət olmalıdır."
)
MSG_NAME_CHARS: Final = (
    "Yalnız latın hərfləri, boşluq, defis (-) və apostrof (') istifadə oluna bilər."
)
MSG_DATE_FORMAT: Final = "Tarix düzgün deyil."
MSG_BIRTH_DATE_FUTURE: Final = "Doğum tarixi keçmiş tarix olmalıdır."
MSG_AGE_RANGE: Final = "Yaş {min} ilə {max} arasında olmalıdır."
MSG_COUNTRY_UNKNOWN: Final = "Bu ölkənin telefon kodu məlum deyil."
MSG_PHONE_FORMAT: Final = "Mobil nömrə yalnız rəqəmlərdən ibarət olmalıdır."
MSG_PHONE_COUNTRY_CODE: Final = "Nömrə seçilmiş ölkənin kodu ilə başlamalıdır: +{code}."
MSG_PHONE_LENGTH_AZ: Final = "+994-dən sonra 9 rəqəm daxil edilməlidir."
MSG_PHONE_LENGTH: Final = "Ölkə kodundan sonra {min}–{max} rəqəm daxil edilməlidir."
MSG_PHONE_OPERATOR: Final = "Mobil operatorun kodu düzgün deyil. Mümkün kodlar: {codes}."
MSG_EMAIL_FORMAT: Final = "Elektron poçt ünvanı düzgün deyil."
MSG_PASSWORD_RULES: Final = (
    "Şifrədə ən azı {min} simvol, o cümlədən ən azı bir hərf və bir rəqəm olmalıdır."
)
MSG_SMS_CODE_FORMAT: Final = "Təsdiqləmə şifrəsi {length} rəqəmdən ibarət olmalıdır."
MSG_TOO_MANY_DOCUMENTS: Final = "Ən çox {max} əlavə sənəd yükləmək olar."
MSG_FEE_NOT_APPLICABLE: Final = (
    "Təhsil haqqından azad olunmaq üçün müraciət yalnız ödənişli əsaslarla qəbul olunmuş "
    "şəxslər üçündür."
)
# evidence files
MSG_FILE_EMPTY: Final = "Fayl boşdur."
MSG_FILE_TOO_LARGE: Final = "Faylın həcmi {limit}-dan çox olmamalıdır."  # "5 MB"
MSG_FILE_DAMAGED: Final = "Fayl zədələnib və ya oxunmur."
MSG_IMAGE_TOO_LARGE: Final = "Şəklin ölçüləri çox böyükdür: ən çox {max_mp} meqapiksel ola bilər."
MSG_PDF_ENCRYPTED: Final = "Şifrə ilə qorunan PDF faylları qəbul olunmur."
MSG_PDF_NO_PAGES: Final = "PDF faylında səhifə yoxdur."
# SMS confirmation codes
MSG_CODE_NOT_SENT: Final = "Təsdiqləmə şifrəsi hələ göndərilməyib."
MSG_CODE_WRONG: Final = "Təsdiqləmə şifrəsi yanlışdır."
MSG_CODE_EXPIRED: Final = "Təsdiqləmə şifrəsinin vaxtı bitib. Şifrəni yenidən göndərin."
MSG_CODE_LOCKED: Final = "Yanlış cəhdlərin sayı həddi keçdi. Şifrəni yenidən göndərin."
SMS_CODE_TEXT: Final = "Təsdiqləmə şifrəsi: {code}"  # the SMS body
MSG_SMS_BAD_URL: Final = "SMS xidmətinin ünvanı düzgün deyil."
MSG_SMS_HTTP_STATUS: Final = "SMS göndərilə bilmədi: SMS xidməti {status} kodu ilə cavab verdi."
MSG_SMS_NO_CONNECTION: Final = "SMS göndərilə bilmədi: SMS xidməti ilə əlaqə yaradılmadı."
MSG_SMS_TIMEOUT: Final = "SMS göndərilə bilmədi: SMS xidməti vaxtında cavab vermədi."
