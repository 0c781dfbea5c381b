<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="az">
    <context>
        <name>ApplicationDetailView</name>
        <message>
            <source>Sənədlər</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Tarixçə</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Məlumatlar</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Qəbul et</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>İmtina et</source>
            <translation>Отказать</translation>
        </message>
        <message>
            <source>Əlavə sənəd istə</source>
            <translation>Запросить дополнительный документ</translation>
        </message>
        <message>
            <source>Qərarı ləğv et</source>
            <translation>Отменить решение</translation>
        </message>
        <message>
            <source>Müraciət seçilməyib</source>
            <translation>Заявление не выбрано</translation>
        </message>
        <message>
            <source>təsdiq: </source>
            <translation>подтверждено: </translation>
        </message>
        <message>
            <source>baxan: </source>
            <translation>рассматривает: </translation>
        </message>
        <message>
            <source>əvvəlki qərar ləğv edildi</source>
            <translation>предыдущее решение отменено</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Əməkdaşa təyin et</source>
            <translation>Назначить сотруднику</translation>
        </message>
        <message>
            <source>Baxan əməkdaş</source>
            <translation>Рассматривающий сотрудник</translation>
        </message>
        <message>
            <source>Təyinatı götür</source>
            <translation>Снять назначение</translation>
        </message>
        <message>
            <source>Seçilmiş müraciətlər: </source>
            <translation>Выбранные заявления: </translation>
        </message>
        <message>
            <source>Təyin et</source>
            <translation>Назначить</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>Audit jurnalı</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Yoxla</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Bütün zəncirləri qeyd-qeyd yoxla</source>
            <translation>Проверить все цепочки запись за записью</translation>
        </message>
        <message>
            <source>İxrac et…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Bütün istifadəçilər</source>
            <translation>Все пользователи</translation>
        </message>
        <message>
            <source>İstifadəçi</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Bütün əməliyyatlar</source>
            <translation>Все действия</translation>
        </message>
        <message>
            <source>Əməliyyat</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Bütün mənbələr</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <source>Mənbə</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Tarix:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Audit qeydləri</source>
            <translation>Записи аудита</translation>
        </message>
        <message>
            <source>‹ Əvvəlki</source>
            <translation>‹ Предыдущая</translation>
        </message>
        <message>
            <source>Sonrakı ›</source>
            <translation>Следующая ›</translation>
        </message>
        <message>
            <source>Jurnal qaydasındadır: </source>
            <translation>Журнал в порядке: </translation>
        </message>
        <message>
            <source>zəncir</source>
            <translation>цепочек</translation>
        </message>
        <message>
            <source>qeyd yoxlanıldı.</source>
            <translation>записей проверено.</translation>
        </message>
        <message>
            <source>Jurnal pozulub! İlk səhv qeyd: </source>
            <translation>Журнал нарушен! Первая ошибочная запись: </translation>
        </message>
        <message>
            <source>İxrac et</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Toplu çap</source>
            <translation>Пакетная печать</translation>
        </message>
        <message>
            <source>Sənədlər hazırlanır…</source>
            <translation>Подготовка документов…</translation>
        </message>
        <message>
            <source>İmtina</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Dayandırılır…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <source>{done} / {total} sənəd</source>
            <translation>{done} / {total} документов</translation>
        </message>
        <message>
            <source>Dayandırıldı; heç bir sənəd verilmədi.</source>
            <translation>Остановлено; ни один документ не выдан.</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>CalibrationDialog</name>
        <message>
            <source>Blankın kalibrlənməsi</source>
            <translation>Калибровка бланка</translation>
        </message>
        <message>
            <source>Printer:</source>
            <translation>Принтер:</translation>
        </message>
        <message>
            <source>Blankın nəşri:</source>
            <translation>Издание бланка:</translation>
        </message>
        <message>
            <source>Saxlanmış sürüşmə:</source>
            <translation>Сохранённое смещение:</translation>
        </message>
        <message>
            <source>Nişan</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Gözlənilən (mm)</source>
            <translation>Ожидаемое (мм)</translation>
        </message>
        <message>
            <source>Ölçülən x (mm)</source>
            <translation>Измеренное x (мм)</translation>
        </message>
        <message>
            <source>Ölçülən y (mm)</source>
            <translation>Измеренное y (мм)</translation>
        </message>
        <message>
            <source>Kalibrləmə səhifəsini çap et</source>
            <translation>Печатать страницу калибровки</translation>
        </message>
        <message>
            <source>Sürüşməni hesabla və saxla</source>
            <translation>Рассчитать и сохранить смещение</translation>
        </message>
        <message>
            <source>Çap</source>
            <translation>Печать</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <source>Həll gözləyən problemlər</source>
            <translation>Проблемы, ожидающие решения</translation>
        </message>
        <message>
            <source>Həll gözləyən problem yoxdur.</source>
            <translation>Нет проблем, ожидающих решения.</translation>
        </message>
        <message>
            <source>Sahə</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Bu iş yeri</source>
            <translation>Это рабочее место</translation>
        </message>
        <message>
            <source>Mərkəz</source>
            <translation>Центр</translation>
        </message>
        <message>
            <source>Seçim</source>
            <translation>Выбор</translation>
        </message>
        <message>
            <source>Birləşdirilmiş dəyər</source>
            <translation>Объединённое значение</translation>
        </message>
        <message>
            <source>Sahələr üzrə müqayisə</source>
            <translation>Сравнение по полям</translation>
        </message>
        <message>
            <source>Səbəb (mütləqdir)</source>
            <translation>Причина (обязательно)</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Seçimi təsdiq et</source>
            <translation>Подтвердить выбор</translation>
        </message>
        <message>
            <source>Şəxsləri birləşdir</source>
            <translation>Объединить лиц</translation>
        </message>
        <message>
            <source>Müraciəti geri götür</source>
            <translation>Отозвать заявление</translation>
        </message>
        <message>
            <source>Dəyişikliyi ləğv et</source>
            <translation>Отменить изменение</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Sinxronlaşdırmada qəbul edilməyən müraciətlər: </source>
            <translation>Заявления, не принятые при синхронизации: </translation>
        </message>
        <message>
            <source>Bu iş yerinin</source>
            <translation>Этого рабочего места</translation>
        </message>
        <message>
            <source>Mərkəzin</source>
            <translation>Центра</translation>
        </message>
        <message>
            <source>Birləşdirilmiş</source>
            <translation>Объединённое</translation>
        </message>
    </context>
    <context>
        <name>CreditComparison</name>
        <message>
            <source>Akademik arayış</source>
            <translation>Академическая справка</translation>
        </message>
        <message>
            <source>Tədris planı</source>
            <translation>Учебный план</translation>
        </message>
        <message>
            <source>Uyğunluq təklifləri</source>
            <translation>Предлагаемые соответствия</translation>
        </message>
        <message>
            <source>Arayışı idxal et…</source>
            <translation>Импортировать справку…</translation>
        </message>
        <message>
            <source>bütün semestrlər</source>
            <translation>все семестры</translation>
        </message>
        <message>
            <source>Hansı semestrədək</source>
            <translation>До какого семестра</translation>
        </message>
        <message>
            <source>Nəticəni işdə saxla</source>
            <translation>Сохранить результат в деле</translation>
        </message>
        <message>
            <source>Yekun</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Arayış faylı</source>
            <translation>Файл справки</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Таблицы (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Kod</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Fənn</source>
            <translation>Дисциплина</translation>
        </message>
        <message>
            <source>Kredit</source>
            <translation>Кредиты</translation>
        </message>
        <message>
            <source>Saat</source>
            <translation>Часы</translation>
        </message>
        <message>
            <source>Qiymət</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Semestr</source>
            <translation>Семестр</translation>
        </message>
        <message>
            <source>Arayışdakı fənn</source>
            <translation>Дисциплина в справке</translation>
        </message>
        <message>
            <source>Plandakı fənn</source>
            <translation>Дисциплина в плане</translation>
        </message>
        <message>
            <source>Oxşarlıq</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Tanınan kredit</source>
            <translation>Признанные кредиты</translation>
        </message>
        <message>
            <source>Qəbul et</source>
            <translation>Принять</translation>
        </message>
        <message>
            <source>Rədd et</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi — %1</source>
            <translation>Сравнение кредитов — %1</translation>
        </message>
        <message>
            <source>Qəbul et: %1</source>
            <translation>Принять: %1</translation>
        </message>
        <message>
            <source>Rədd et: %1</source>
            <translation>Отклонить: %1</translation>
        </message>
        <message>
            <source>Tanınan kredit: %1. Akademik fərq (%2 kredit): %3</source>
            <translation>Признанные кредиты: %1. Академическая разница (%2 кредитов): %3</translation>
        </message>
        <message>
            <source>Qəbul edilib</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <source>Təklif</source>
            <translation>Предложение</translation>
        </message>
        <message>
            <source>Eyni kod</source>
            <translation>Тот же код</translation>
        </message>
        <message>
            <source>Oxşar ad</source>
            <translation>Похожее название</translation>
        </message>
        <message>
            <source>Oxşar ad və kredit</source>
            <translation>Похожие название и кредиты</translation>
        </message>
        <message>
            <source>Keçid qiyməti yoxdur</source>
            <translation>Нет проходной оценки</translation>
        </message>
        <message>
            <source>Uyğun fənn yoxdur</source>
            <translation>Нет соответствующей дисциплины</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Qəbulun vəziyyəti</source>
            <translation>Ход приёма</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>İxrac et…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Təsdiq edilmiş müraciətlər</source>
            <translation>Подтверждённые заявления</translation>
        </message>
        <message>
            <source>Baxılmayı gözləyən</source>
            <translation>Ожидают рассмотрения</translation>
        </message>
        <message>
            <source>Güzəşt müraciətləri</source>
            <translation>Заявки на льготу</translation>
        </message>
        <message>
            <source>Qeydiyyata alınıb</source>
            <translation>Зарегистрирован</translation>
        </message>
        <message>
            <source>Statuslar üzrə</source>
            <translation>По статусам</translation>
        </message>
        <message>
            <source>Qəbul xətləri üzrə</source>
            <translation>По линиям приёма</translation>
        </message>
        <message>
            <source>Güzəşt kateqoriyaları üzrə</source>
            <translation>По категориям льгот</translation>
        </message>
        <message>
            <source>Gündəlik təsdiq edilən müraciətlər</source>
            <translation>Заявления, подтверждённые за день</translation>
        </message>
        <message>
            <source>İxrac et</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Müddətlər</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Müddətlərin sayı</source>
            <translation>Количество сроков</translation>
        </message>
        <message>
            <source>Açıq müddətlər</source>
            <translation>Открытые сроки</translation>
        </message>
        <message>
            <source>&amp;Yenilə</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>İcra edilib kimi qeyd et</source>
            <translation>Отметить как выполненное</translation>
        </message>
        <message>
            <source>Nə</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Bənd</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Son tarix</source>
            <translation>Крайний срок</translation>
        </message>
        <message>
            <source>Qalan iş günü</source>
            <translation>Осталось рабочих дней</translation>
        </message>
        <message>
            <source>Qeyd</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Gecikib</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>(təxmini)</source>
            <translation>(ориентировочно)</translation>
        </message>
        <message>
            <source>Açıq: %1, gecikən: %2</source>
            <translation>Открыто: %1, просрочено: %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>Sənəd seçin.</source>
            <translation>Выберите документ.</translation>
        </message>
        <message>
            <source>Faylı göstərmək mümkün olmadı.</source>
            <translation>Не удалось показать файл.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Sənədin növü</source>
            <translation>Вид документа</translation>
        </message>
        <message>
            <source>Müraciətin, tələbənin və ya əmrin nömrəsi</source>
            <translation>Номер заявления, студента или приказа</translation>
        </message>
        <message>
            <source>Qeydin nömrəsi</source>
            <translation>Номер записи</translation>
        </message>
        <message>
            <source>Baxış</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>Sənədi ver</source>
            <translation>Выдать документ</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Kodu yoxla</source>
            <translation>Проверить код</translation>
        </message>
        <message>
            <source>Günün əmrlərini çap et</source>
            <translation>Печатать приказы за день</translation>
        </message>
        <message>
            <source>Blankın kalibrlənməsi</source>
            <translation>Калибровка бланка</translation>
        </message>
        <message>
            <source>Əmrlərin tarixi</source>
            <translation>Дата приказов</translation>
        </message>
        <message>
            <source>Verilmiş sənədlərin reyestri</source>
            <translation>Реестр выданных документов</translation>
        </message>
        <message>
            <source>Ləğv edilib</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Qüvvədədir</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Baxış: nömrəsiz layihə</source>
            <translation>Предпросмотр: проект без номера</translation>
        </message>
        <message>
            <source>Ləğv ediləcək sənədi seçin.</source>
            <translation>Выберите документ для отмены.</translation>
        </message>
        <message>
            <source>Sənədi ləğv et</source>
            <translation>Отменить документ</translation>
        </message>
        <message>
            <source>{number}: səbəb</source>
            <translation>{number}: причина</translation>
        </message>
        <message>
            <source>Bu günün çap edilməmiş əmri yoxdur.</source>
            <translation>Нет ненапечатанных приказов за сегодня.</translation>
        </message>
    </context>
    <context>
        <name>ErrorLabel</name>
        <message>
            <source>Xəta</source>
            <translation>Ошибка</translation>
        </message>
    </context>
    <context>
        <name>ExemptionReviewWidget</name>
        <message>
            <source>Tələb olunan sənədlər</source>
            <translation>Требуемые документы</translation>
        </message>
        <message>
            <source>Sübut sənədləri</source>
            <translation>Подтверждающие документы</translation>
        </message>
        <message>
            <source>✔ Qəbul et</source>
            <translation>✔ Принять</translation>
        </message>
        <message>
            <source>✘ Qəbul etmə…</source>
            <translation>✘ Не принимать…</translation>
        </message>
        <message>
            <source>↻ Yenidən tələb et…</source>
            <translation>↻ Запросить повторно…</translation>
        </message>
        <message>
            <source>Güzəşti təsdiqlə…</source>
            <translation>Утвердить льготу…</translation>
        </message>
        <message>
            <source>Güzəşti təsdiqləmə…</source>
            <translation>Отказать в льготе…</translation>
        </message>
        <message>
            <source>Güzəşt üzrə qərar verilib.</source>
            <translation>Решение по льготе принято.</translation>
        </message>
        <message>
            <source>Qərar üçün bütün tələb olunan sənədlərə baxın: qalıb </source>
            <translation>Для решения рассмотрите все требуемые документы: осталось </translation>
        </message>
        <message>
            <source>Bütün tələb olunan sənədlərə baxılıb.</source>
            <translation>Все требуемые документы рассмотрены.</translation>
        </message>
        <message>
            <source>Sənəd qəbul edilmir</source>
            <translation>Документ не принят</translation>
        </message>
        <message>
            <source>Sənədin niyə qəbul edilmədiyini yazın.</source>
            <translation>Укажите, почему документ не принят.</translation>
        </message>
        <message>
            <source>Qəbul etmə</source>
            <translation>Не принимать</translation>
        </message>
        <message>
            <source>Sənəd yenidən tələb olunur</source>
            <translation>Документ запрошен повторно</translation>
        </message>
        <message>
            <source>Müraciətçiyə nəyin lazım olduğunu yazın.</source>
            <translation>Укажите заявителю, что требуется.</translation>
        </message>
        <message>
            <source>Yenidən tələb et</source>
            <translation>Запросить повторно</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənir</source>
            <translation>Льгота утверждается</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənmir</source>
            <translation>Льгота не утверждается</translation>
        </message>
        <message>
            <source>Müraciətçiyə göndəriləcək mesajı yazın (Ümumi məlumatlar səhifəsində görünür).</source>
            <translation>Напишите сообщение заявителю (отображается на странице «Общие сведения»).</translation>
        </message>
        <message>
            <source>Təsdiqlə</source>
            <translation>Утвердить</translation>
        </message>
        <message>
            <source>Təsdiqləmə</source>
            <translation>Не утверждать</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>İlk quraşdırma</source>
            <translation>Первоначальная настройка</translation>
        </message>
        <message>
            <source>Bu verilənlər bazası yenidir. Müəssisəni seçin və inzibatçı hesabını yaradın. İnzibatçı sonra digər əməkdaşların hesablarını yarada bilər.</source>
            <translation>Эта база новая. Выберите учреждение и создайте учётную запись администратора. Затем администратор сможет создать учётные записи остальных сотрудников.</translation>
        </message>
        <message>
            <source>Müəssisə</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>- Seçin -</source>
            <translation>- Выберите -</translation>
        </message>
        <message>
            <source>Siyahıdakı məlumat hələ Nazirliyin reyestri ilə yoxlanılmayıb.</source>
            <translation>Эта запись ещё не сверена с реестром Министерства.</translation>
        </message>
        <message>
            <source>İnzibatçının istifadəçi adı</source>
            <translation>Имя пользователя администратора</translation>
        </message>
        <message>
            <source>Ad və soyad</source>
            <translation>Имя и фамилия</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı</source>
            <translation>Пароль (повтор)</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>СОХРАНИТЬ</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Müəssisə:</source>
            <translation>Учреждение:</translation>
        </message>
        <message>
            <source>İstifadəçi adı:</source>
            <translation>Имя пользователя:</translation>
        </message>
        <message>
            <source>Ad və soyad:</source>
            <translation>Имя и фамилия:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı:</source>
            <translation>Пароль (повтор):</translation>
        </message>
        <message>
            <source>Müəssisəni seçin.</source>
            <translation>Выберите учреждение.</translation>
        </message>
        <message>
            <source>Şifrələr eyni deyil.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>Şəkil</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Böyüt</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Kiçilt</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Pəncərəyə sığdır</source>
            <translation>По размеру окна</translation>
        </message>
    </context>
    <context>
        <name>IntakeSection</name>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>ПОДАТЬ ЗАЯВЛЕНИЕ</translation>
        </message>
        <message>
            <source>Yeni müraciət et</source>
            <translation>Новое заявление</translation>
        </message>
        <message>
            <source>Yarımçıq müraciətlər</source>
            <translation>Незавершённые заявления</translation>
        </message>
        <message>
            <source>&amp;Davam et</source>
            <translation>&amp;Продолжить</translation>
        </message>
        <message>
            <source>&amp;Sil</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Qəbul siyahısını &amp;idxal et…</source>
            <translation>&amp;Импортировать список поступивших…</translation>
        </message>
        <message>
            <source>Portal şifrəsini &amp;bərpa et…</source>
            <translation>&amp;Восстановить пароль портала…</translation>
        </message>
        <message>
            <source>Qaralamanı sil</source>
            <translation>Удалить черновик</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Yarımçıq qalmış müraciətlər var: davam etmək üçün birini seçin.</source>
            <translation>Есть незавершённые заявления: выберите одно, чтобы продолжить.</translation>
        </message>
        <message>
            <source>Yarımçıq müraciət yoxdur.</source>
            <translation>Незавершённых заявлений нет.</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <source>Bəli</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Xeyr</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>- Seçin -</source>
            <translation>- Выберите -</translation>
        </message>
        <message>
            <source>Qəbul siyahısının idxalı</source>
            <translation>Импорт списка поступивших</translation>
        </message>
        <message>
            <source>&amp;Fayl seçin…</source>
            <translation>Выбрать &amp;файл…</translation>
        </message>
        <message>
            <source>&amp;İdxal et</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Таблицы (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Yoxlanılır…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>yeni</source>
            <translation>новая</translation>
        </message>
        <message>
            <source>dəyişib</source>
            <translation>изменена</translation>
        </message>
        <message>
            <source>dəyişməyib</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>İdxal edildi: {n}, dəyişməyib: {u}, xətalı sətir: {e}.</source>
            <translation>Импортировано: {n}, без изменений: {u}, строк с ошибками: {e}.</translation>
        </message>
        <message>
            <source>Yoxlama: idxal ediləcək {n}, dəyişməyib {u}, xətalı sətir {e}.</source>
            <translation>Проверка: к импорту {n}, без изменений {u}, строк с ошибками {e}.</translation>
        </message>
        <message>
            <source>Sətir</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>FİN / sənəd</source>
            <translation>ФИН / документ</translation>
        </message>
        <message>
            <source>Soyad, ad, ata adı</source>
            <translation>Фамилия, имя, отчество</translation>
        </message>
        <message>
            <source>İxtisas</source>
            <translation>Специальность</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Sütun</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Xəta</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Qəbul ediləcək sətirlər</source>
            <translation>Строки к импорту</translation>
        </message>
        <message>
            <source>Xətalı sətirlər</source>
            <translation>Строки с ошибками</translation>
        </message>
        <message>
            <source>Fayl oxunmur.</source>
            <translation>Файл не читается.</translation>
        </message>
        <message>
            <source>Qəbul məlumatları</source>
            <translation>Сведения о приёме</translation>
        </message>
        <message>
            <source>Qəbul məlumatları tapılmadı.</source>
            <translation>Сведения о приёме не найдены.</translation>
        </message>
        <message>
            <source>Əvvəlki təhsil pilləsi:</source>
            <translation>Предыдущая ступень образования:</translation>
        </message>
        <message>
            <source>Təhsil səviyyəsi:</source>
            <translation>Уровень образования:</translation>
        </message>
        <message>
            <source>Yeni sənəd yükləyə bilərsiniz.</source>
            <translation>Можно загрузить новый документ.</translation>
        </message>
        <message>
            <source>Təhsil müəssisəsi</source>
            <translation>Учебное заведение</translation>
        </message>
        <message>
            <source>İxtisaslaşma</source>
            <translation>Специализация</translation>
        </message>
        <message>
            <source>Təhsilalma forması</source>
            <translation>Форма обучения</translation>
        </message>
        <message>
            <source>Qəbul əsası</source>
            <translation>Основание приёма</translation>
        </message>
        <message>
            <source>Qəbul balı</source>
            <translation>Балл поступления</translation>
        </message>
        <message>
            <source>Qəbul ili</source>
            <translation>Год поступления</translation>
        </message>
        <message>
            <source>dövlət sifarişi əsasında</source>
            <translation>на основе государственного заказа</translation>
        </message>
        <message>
            <source>ödənişli əsaslarla</source>
            <translation>на платной основе</translation>
        </message>
        <message>
            <source>əyani</source>
            <translation>очная</translation>
        </message>
        <message>
            <source>qiyabi</source>
            <translation>заочная</translation>
        </message>
        <message>
            <source>axşam</source>
            <translation>вечерняя</translation>
        </message>
        <message>
            <source>distant</source>
            <translation>дистанционная</translation>
        </message>
        <message>
            <source>Digər</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Azərbaycanca adı Nazirlikdən gözlənilir</source>
            <translation>Название на азербайджанском ожидается от Министерства</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Линия приёма</translation>
        </message>
        <message>
            <source>Sizin şəxsi məlumatlarınız</source>
            <translation>Ваши личные данные</translation>
        </message>
        <message>
            <source>Aşağıdakı xanalar Sizin şəxsi məlumatlarınızdır.</source>
            <translation>Поля ниже содержат Ваши личные данные.</translation>
        </message>
        <message>
            <source>Qeydiyyat ünvanı:</source>
            <translation>Адрес регистрации:</translation>
        </message>
        <message>
            <source>Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?</source>
            <translation>Фактический адрес совпадает с адресом регистрации?</translation>
        </message>
        <message>
            <source>Faktiki yaşadığı ünvan:</source>
            <translation>Фактический адрес проживания:</translation>
        </message>
        <message>
            <source>Faktiki yaşadığı rayon:</source>
            <translation>Фактический район проживания:</translation>
        </message>
        <message>
            <source>Ölkə:</source>
            <translation>Страна:</translation>
        </message>
        <message>
            <source>Əlaqə nömrəsi:</source>
            <translation>Контактный номер:</translation>
        </message>
        <message>
            <source>E-poçt:</source>
            <translation>Эл. почта:</translation>
        </message>
        <message>
            <source>Təkrar e-poçt:</source>
            <translation>Повтор эл. почты:</translation>
        </message>
        <message>
            <source>Vətəndaşlıq:</source>
            <translation>Гражданство:</translation>
        </message>
        <message>
            <source>FİN:</source>
            <translation>ФИН:</translation>
        </message>
        <message>
            <source>Ad:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <source>Soyad:</source>
            <translation>Фамилия:</translation>
        </message>
        <message>
            <source>Ata adı:</source>
            <translation>Отчество:</translation>
        </message>
        <message>
            <source>Doğum tarixi:</source>
            <translation>Дата рождения:</translation>
        </message>
        <message>
            <source>Sənədin seriya və nömrəsi:</source>
            <translation>Серия и номер документа:</translation>
        </message>
        <message>
            <source>AZƏRBAYCAN</source>
            <translation>АЗЕРБАЙДЖАН</translation>
        </message>
        <message>
            <source>Artıq qeydiyyatda olan müraciətçi:</source>
            <translation>Уже зарегистрированный заявитель:</translation>
        </message>
        <message>
            <source>Mobil nömrənin təsdiqi</source>
            <translation>Подтверждение мобильного номера</translation>
        </message>
        <message>
            <source>GÖNDƏR</source>
            <translation>ОТПРАВИТЬ</translation>
        </message>
        <message>
            <source>Mobil nömrə:</source>
            <translation>Мобильный номер:</translation>
        </message>
        <message>
            <source>Qeyd: Bir mobil nömrə, ancaq bir müraciətçi üçün istifadə edilə bilər.</source>
            <translation>Примечание: один мобильный номер может использоваться только для одного заявителя.</translation>
        </message>
        <message>
            <source>YENİDƏN GÖNDƏR</source>
            <translation>ОТПРАВИТЬ ПОВТОРНО</translation>
        </message>
        <message>
            <source>Təsdiqləmə şifrəsi:</source>
            <translation>Код подтверждения:</translation>
        </message>
        <message>
            <source>Nömrə müraciətçinin iştirakı ilə şəxsən təsdiqləndi</source>
            <translation>Номер подтверждён лично в присутствии заявителя</translation>
        </message>
        <message>
            <source>Nömrə şəxsən təsdiqləndi.</source>
            <translation>Номер подтверждён лично.</translation>
        </message>
        <message>
            <source>Elektron poçt təsdiqi</source>
            <translation>Подтверждение электронной почты</translation>
        </message>
        <message>
            <source>Elektron poçt ünvanı:</source>
            <translation>Адрес электронной почты:</translation>
        </message>
        <message>
            <source>Elektron poçt ünvanının təkrarı:</source>
            <translation>Повтор адреса электронной почты:</translation>
        </message>
        <message>
            <source>Şifrənin təsdiqi</source>
            <translation>Подтверждение пароля</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı:</source>
            <translation>Пароль (повтор):</translation>
        </message>
        <message>
            <source>Şifrəni göstər</source>
            <translation>Показать пароль</translation>
        </message>
        <message>
            <source>Qaralamada şifrə saxlanmır: şifrəni yenidən daxil edin.</source>
            <translation>Пароль не сохраняется в черновике: введите пароль заново.</translation>
        </message>
        <message>
            <source>Nömrə təsdiqləndi.</source>
            <translation>Номер подтверждён.</translation>
        </message>
        <message>
            <source>Təsdiqləmə şifrəsi SMS vasitəsi ilə {number} nömrəsinə göndərildi.</source>
            <translation>Код подтверждения отправлен по SMS на номер {number}.</translation>
        </message>
        <message>
            <source>Qeyd etdiyiniz nömrəni dəyişmək və ya təsdiqləmə şifrəsini yenidən göndərmək {seconds} saniyədən sonra mümkün olacaq.</source>
            <translation>Изменить номер или повторно отправить код подтверждения можно будет через {seconds} с.</translation>
        </message>
        <message>
            <source>Təhsil haqqından azad</source>
            <translation>Освобождение от платы за обучение</translation>
        </message>
        <message>
            <source>Sosial baxımdan həssas əhali qrupuna aid olduğunuz kateqoriyanı seçməklə təhsil haqqı güzəştlərindən istifadə edə bilərsiniz.</source>
            <translation>Выбрав категорию социально уязвимой группы населения, к которой Вы относитесь, Вы можете воспользоваться льготами по оплате обучения.</translation>
        </message>
        <message>
            <source>Əgər təhsil haqqından azad olunmaq üçün heç bir kateqoriyaya aid olmadığınızdan əminsinizsə, müraciətinizə gec cavab verilməməsi üçün birbaşa müraciət etməyiniz xahiş olunur.</source>
            <translation>Если Вы уверены, что не относитесь ни к одной категории для освобождения от платы за обучение, просим подать заявление напрямую, чтобы ответ на него не задержался.</translation>
        </message>
        <message>
            <source>Sosial baxımdan həssas əhali qrupuna aidsiniz?</source>
            <translation>Относитесь ли Вы к социально уязвимой группе населения?</translation>
        </message>
        <message>
            <source>Sosial status:</source>
            <translation>Социальный статус:</translation>
        </message>
        <message>
            <source>Qeydlər</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Seçin</source>
            <translation>Выберите</translation>
        </message>
        <message>
            <source>Sənəd məlumatları</source>
            <translation>Сведения о документе</translation>
        </message>
        <message>
            <source>Sənəd növü:</source>
            <translation>Вид документа:</translation>
        </message>
        <message>
            <source>YOXLA</source>
            <translation>ПРОВЕРИТЬ</translation>
        </message>
        <message>
            <source>Sənədin seriya və nömrəsi</source>
            <translation>Серия и номер документа</translation>
        </message>
        <message>
            <source>XXXXXXX</source>
            <translation>XXXXXXX</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>ФИН</translation>
        </message>
        <message>
            <source>Məlumat tapılmadı.</source>
            <translation>Сведения не найдены.</translation>
        </message>
        <message>
            <source>Bu şəxs idxal edilmiş qəbul siyahılarında yoxdur.</source>
            <translation>Этого лица нет в импортированных списках поступивших.</translation>
        </message>
        <message>
            <source>Əvvəlcə YOXLA düyməsini basın.</source>
            <translation>Сначала нажмите ПРОВЕРИТЬ.</translation>
        </message>
        <message>
            <source>Bu şəxs artıq qeydiyyatdadır: yeni müraciət mövcud müraciətçiyə əlavə olunacaq.</source>
            <translation>Это лицо уже зарегистрировано: новое заявление будет добавлено существующему заявителю.</translation>
        </message>
        <message>
            <source>Bu şəxsin aktiv müraciəti var: {number}.</source>
            <translation>У этого лица есть активное заявление: {number}.</translation>
        </message>
        <message>
            <source>Portal şifrəsinin bərpası</source>
            <translation>Восстановление пароля портала</translation>
        </message>
        <message>
            <source>Axtarış</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Miqrasiya sənədi</source>
            <translation>Миграционный документ</translation>
        </message>
        <message>
            <source>&amp;Axtar</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Tapılan müraciətçilər</source>
            <translation>Найденные заявители</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı</source>
            <translation>Пароль (повтор)</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>СОХРАНИТЬ</translation>
        </message>
        <message>
            <source>Yeni şifrə yadda saxlanıldı.</source>
            <translation>Новый пароль сохранён.</translation>
        </message>
        <message>
            <source>Daxil etdiyiniz məlumatların doğruluğunu təsdiq edirsinizmi?</source>
            <translation>Подтверждаете ли Вы правильность введённых данных?</translation>
        </message>
        <message>
            <source>DİQQƏT!</source>
            <translation>ВНИМАНИЕ!</translation>
        </message>
        <message>
            <source>Hörmətli Müraciətçi, müraciəti təsdiq etdikdən sonra məlumatların dəyişdirilməsi mümkün olmayacaqdır!</source>
            <translation>Уважаемый заявитель, после подтверждения заявления изменить данные будет невозможно!</translation>
        </message>
        <message>
            <source>Bildiriş</source>
            <translation>Уведомление</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Müraciətiniz uğurla göndərildi.</source>
            <translation>Ваше заявление успешно отправлено.</translation>
        </message>
        <message>
            <source>Ümumi məlumatlar</source>
            <translation>Общие сведения</translation>
        </message>
        <message>
            <source>İrəliləyiş</source>
            <translation>Ход рассмотрения</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Qəbzi çap et…</source>
            <translation>Печать квитанции…</translation>
        </message>
        <message>
            <source>Şəxsi məlumatlar</source>
            <translation>Личные данные</translation>
        </message>
        <message>
            <source>Müraciətin nömrəsi: </source>
            <translation>Номер заявления: </translation>
        </message>
        <message>
            <source>&lt; GERİ</source>
            <translation>&lt; НАЗАД</translation>
        </message>
        <message>
            <source>NÖVBƏTİ &gt;</source>
            <translation>ДАЛЕЕ &gt;</translation>
        </message>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>ПОДАТЬ ЗАЯВЛЕНИЕ</translation>
        </message>
        <message>
            <source>TƏSDİQ ET</source>
            <translation>ПОДТВЕРДИТЬ</translation>
        </message>
        <message>
            <source>Qaralama saxlanılır; sonra davam etmək olar.</source>
            <translation>Черновик сохраняется; продолжить можно позже.</translation>
        </message>
        <message>
            <source>Müraciətin qəbzi</source>
            <translation>Квитанция о заявлении</translation>
        </message>
        <message>
            <source>Qaralama saxlanıldı: </source>
            <translation>Черновик сохранён: </translation>
        </message>
        <message>
            <source>ŞƏXSİ KABİNET</source>
            <translation>ЛИЧНЫЙ КАБИНЕТ</translation>
        </message>
        <message>
            <source>ALİ VƏ ORTA İXTİSAS TƏHSİLİ MÜƏSSİSƏLƏRİNƏ TƏHSİLƏN QEYDİYYATI</source>
            <translation>РЕГИСТРАЦИЯ НА ОБУЧЕНИЕ В ВЫСШИХ И СРЕДНИХ СПЕЦИАЛЬНЫХ УЧЕБНЫХ ЗАВЕДЕНИЯХ</translation>
        </message>
    </context>
    <context>
        <name>IssueTableModel</name>
        <message>
            <source>Növ</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Qeyd</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Ziddiyyət</source>
            <translation>Конфликт</translation>
        </message>
        <message>
            <source>Paralel qərarlar</source>
            <translation>Параллельные решения</translation>
        </message>
        <message>
            <source>Mərkəz qəbul etmədi</source>
            <translation>Центр не принял</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Nazirliyin razılıq məktubu</source>
            <translation>Письмо-согласие Министерства</translation>
        </message>
        <message>
            <source>Nazirliyin məktubu (akademik arayış blankı)</source>
            <translation>Письмо Министерства (бланк академической справки)</translation>
        </message>
        <message>
            <source>Şəxsi iş</source>
            <translation>Личное дело</translation>
        </message>
        <message>
            <source>Digər</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Məktubun nömrəsi</source>
            <translation>Номер письма</translation>
        </message>
        <message>
            <source>Göndərən</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <source>Məktubun növü</source>
            <translation>Вид письма</translation>
        </message>
        <message>
            <source>Alınma tarixi</source>
            <translation>Дата получения</translation>
        </message>
        <message>
            <source>İş</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Skan əlavə et…</source>
            <translation>Прикрепить скан…</translation>
        </message>
        <message>
            <source>Skan əlavə et</source>
            <translation>Прикрепить скан</translation>
        </message>
        <message>
            <source>Qeydə al</source>
            <translation>Зарегистрировать</translation>
        </message>
        <message>
            <source>Yeni məktub</source>
            <translation>Новое письмо</translation>
        </message>
        <message>
            <source>Skan</source>
            <translation>Скан</translation>
        </message>
        <message>
            <source>Daxil olan məktublar</source>
            <translation>Входящие письма</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Документы (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Alınıb</source>
            <translation>Получено</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Başlayan müddət</source>
            <translation>Начатый срок</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Ekran kilidlənib</source>
            <translation>Экран заблокирован</translation>
        </message>
        <message>
            <source>Davam etmək üçün şifrənizi daxil edin: </source>
            <translation>Введите пароль, чтобы продолжить: </translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>ПРОДОЛЖИТЬ &gt;</translation>
        </message>
        <message>
            <source>Kilidi aç</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Proqramdan çıx</source>
            <translation>Выйти из программы</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Şifrəni daxil edin.</source>
            <translation>Введите пароль.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Bölmələr</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <source>Açıq bölmə</source>
            <translation>Открытый раздел</translation>
        </message>
        <message>
            <source>Bu rol üçün açıq bölmə yoxdur.</source>
            <translation>Для этой роли нет доступных разделов.</translation>
        </message>
        <message>
            <source>&amp;Fayl</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Parametrlər…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Parametrləri yalnız inzibatçı dəyişə bilər.</source>
            <translation>Настройки может изменять только администратор.</translation>
        </message>
        <message>
            <source>Məlumatların saxlanma müddəti…</source>
            <translation>Сроки хранения данных…</translation>
        </message>
        <message>
            <source>Çı&amp;xış</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Kömək</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Proqram haqqında</source>
            <translation>&amp;О программе</translation>
        </message>
        <message>
            <source>İş yeri: </source>
            <translation>Рабочее место: </translation>
        </message>
        <message>
            <source>Müəssisə: </source>
            <translation>Учреждение: </translation>
        </message>
        <message>
            <source>yaddaşda</source>
            <translation>в памяти</translation>
        </message>
        <message>
            <source>Baza: </source>
            <translation>База: </translation>
        </message>
        <message>
            <source>İstifadəçi: </source>
            <translation>Пользователь: </translation>
        </message>
        <message>
            <source>Ali təhsil müəssisələrinin qeydiyyat şöbələri üçün masaüstü proqram. Versiya {v}.</source>
            <translation>Настольное приложение для учебных отделов высших учебных заведений. Версия {v}.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazıldı.</source>
            <translation>Резервная копия записана.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılmadı: </source>
            <translation>Резервная копия не записана: </translation>
        </message>
        <message>
            <source>Çıxışdan əvvəl ehtiyat nüsxə yazılır…</source>
            <translation>Перед выходом записывается резервная копия…</translation>
        </message>
        <message>
            <source>Çıxışda ehtiyat nüsxə yazılmadı: </source>
            <translation>Резервная копия при выходе не записана: </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Bağla</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>MinistryDesk</name>
        <message>
            <source>Müraciətlər növbəsi</source>
            <translation>Очередь заявлений</translation>
        </message>
        <message>
            <source>Qərarın statusu</source>
            <translation>Статус решения</translation>
        </message>
        <message>
            <source>Sənədlərin yoxlanılması (2.9, 2.10)</source>
            <translation>Проверка документов (2.9, 2.10)</translation>
        </message>
        <message>
            <source>Təsdiq ediləcək məqamlar</source>
            <translation>Пункты для подтверждения</translation>
        </message>
        <message>
            <source>Əsaslandırma</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Məktubun tarixi</source>
            <translation>Дата письма</translation>
        </message>
        <message>
            <source>Təsdiq et</source>
            <translation>Подтвердить</translation>
        </message>
        <message>
            <source>Rədd et</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Nazirlik masası</source>
            <translation>Работа с Министерством</translation>
        </message>
        <message>
            <source>Sənəd seçin</source>
            <translation>Выберите документ</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Документы (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Hazırkı müəssisə</source>
            <translation>Текущее учебное заведение</translation>
        </message>
        <message>
            <source>Yeni müəssisə</source>
            <translation>Новое учебное заведение</translation>
        </message>
        <message>
            <source>Təqdim edilib</source>
            <translation>Представлено</translation>
        </message>
        <message>
            <source>Sənədlər</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Fayl əlavə et…</source>
            <translation>Прикрепить файл…</translation>
        </message>
        <message>
            <source>Tamdır</source>
            <translation>Полный</translation>
        </message>
        <message>
            <source>Natamamdır</source>
            <translation>Неполный</translation>
        </message>
        <message>
            <source>Təsdiq edilib</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <source>Seçilmiş müraciət yoxdur</source>
            <translation>Заявление не выбрано</translation>
        </message>
        <message>
            <source>Yoxdur</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>İş açıldı: %1</source>
            <translation>Открыто дело: %1</translation>
        </message>
        <message>
            <source>Fayl əlavə et: %1</source>
            <translation>Прикрепить файл: %1</translation>
        </message>
        <message>
            <source>%1 məqamını yoxladım</source>
            <translation>Я проверил(а) пункт %1</translation>
        </message>
        <message>
            <source>Məktub %1 → %2: %3</source>
            <translation>Письмо %1 → %2: %3</translation>
        </message>
    </context>
    <context>
        <name>Movements</name>
        <message>
            <source>Təhsil səviyyəsi</source>
            <translation>Уровень образования</translation>
        </message>
        <message>
            <source>Köçürmə növləri</source>
            <translation>Виды перевода</translation>
        </message>
        <message>
            <source>Mənşə</source>
            <translation>Происхождение</translation>
        </message>
        <message>
            <source>Vətəndaşlıq</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Hazırkı ali təhsil müəssisəsi</source>
            <translation>Текущее высшее учебное заведение</translation>
        </message>
        <message>
            <source>Yeni ali təhsil müəssisəsi</source>
            <translation>Новое высшее учебное заведение</translation>
        </message>
        <message>
            <source>Təhsil forması</source>
            <translation>Форма обучения</translation>
        </message>
        <message>
            <source>Qəbul olunduğu ixtisas</source>
            <translation>Специальность при поступлении</translation>
        </message>
        <message>
            <source>Hazırkı ixtisas</source>
            <translation>Текущая специальность</translation>
        </message>
        <message>
            <source>Yeni ixtisas</source>
            <translation>Новая специальность</translation>
        </message>
        <message>
            <source>Birinci semestr bitib</source>
            <translation>Первый семестр завершён</translation>
        </message>
        <message>
            <source>Köçürmə tarixi</source>
            <translation>Дата перевода</translation>
        </message>
        <message>
            <source>Qəbul əsası</source>
            <translation>Основание приёма</translation>
        </message>
        <message>
            <source>DİM balı</source>
            <translation>Балл ГЭЦ</translation>
        </message>
        <message>
            <source>Qəbul ili</source>
            <translation>Год поступления</translation>
        </message>
        <message>
            <source>Yeni ixtisas üzrə keçid balı</source>
            <translation>Проходной балл по новой специальности</translation>
        </message>
        <message>
            <source>Maliyyələşmə</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <source>Haqqı üçüncü şəxs ödəyir</source>
            <translation>Плату вносит третье лицо</translation>
        </message>
        <message>
            <source>Təhsil haqqı borcu var</source>
            <translation>Есть задолженность по оплате обучения</translation>
        </message>
        <message>
            <source>Nazirlik məktubu alınıb</source>
            <translation>Письмо Министерства получено</translation>
        </message>
        <message>
            <source>Razılıq məktubu alınıb</source>
            <translation>Письмо-согласие получено</translation>
        </message>
        <message>
            <source>Şəxsi iş alınıb</source>
            <translation>Личное дело получено</translation>
        </message>
        <message>
            <source>Yeni tələbənin məlumatları</source>
            <translation>Данные нового студента</translation>
        </message>
        <message>
            <source>Haradan</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <source>Xaric olunduğu müəssisə</source>
            <translation>Учебное заведение, из которого отчислен</translation>
        </message>
        <message>
            <source>Bərpa olunacağı müəssisə</source>
            <translation>Учебное заведение для восстановления</translation>
        </message>
        <message>
            <source>Xaric olunma tarixi</source>
            <translation>Дата отчисления</translation>
        </message>
        <message>
            <source>Xaric olunma əsası</source>
            <translation>Основание отчисления</translation>
        </message>
        <message>
            <source>Bərpa əmrinin tarixi</source>
            <translation>Дата приказа о восстановлении</translation>
        </message>
        <message>
            <source>Öz ixtisası</source>
            <translation>Своя специальность</translation>
        </message>
        <message>
            <source>Bərpa olunacağı ixtisas</source>
            <translation>Специальность для восстановления</translation>
        </message>
        <message>
            <source>Keçid balı</source>
            <translation>Проходной балл</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Başlama tarixi</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <source>Bitmə tarixi</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <source>Komissiya arayışının bitmə tarixi</source>
            <translation>Дата окончания справки комиссии</translation>
        </message>
        <message>
            <source>Qayıdış tarixi</source>
            <translation>Дата возвращения</translation>
        </message>
        <message>
            <source>Əmrin tarixi</source>
            <translation>Дата приказа</translation>
        </message>
        <message>
            <source>Öz proqramı dayandırılıb</source>
            <translation>Своя программа прекращена</translation>
        </message>
        <message>
            <source>Komissiya arayışı var</source>
            <translation>Есть справка комиссии</translation>
        </message>
        <message>
            <source>Yeni tədris ili üçün qeydiyyatdan keçib</source>
            <translation>Зарегистрирован на новый учебный год</translation>
        </message>
        <message>
            <source>Son əlaqə tarixi</source>
            <translation>Дата последнего контакта</translation>
        </message>
        <message>
            <source>Tədris ilinin başlama ili</source>
            <translation>Год начала учебного года</translation>
        </message>
        <message>
            <source>Hərbi qeydiyyatdadır</source>
            <translation>Состоит на воинском учёте</translation>
        </message>
        <message>
            <source>Daxil olan köçürmə</source>
            <translation>Входящий перевод</translation>
        </message>
        <message>
            <source>Gedən köçürmə</source>
            <translation>Исходящий перевод</translation>
        </message>
        <message>
            <source>Xaricdən köçürmə</source>
            <translation>Перевод из-за рубежа</translation>
        </message>
        <message>
            <source>İxtisasın və ya təhsil formasının dəyişdirilməsi</source>
            <translation>Смена специальности или формы обучения</translation>
        </message>
        <message>
            <source>Bərpa</source>
            <translation>Восстановление</translation>
        </message>
        <message>
            <source>Akademik məzuniyyət</source>
            <translation>Академический отпуск</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdən qayıdış</source>
            <translation>Возвращение из академического отпуска</translation>
        </message>
        <message>
            <source>Xaric olunma</source>
            <translation>Отчисление</translation>
        </message>
        <message>
            <source>Uyğundur</source>
            <translation>Допустимо</translation>
        </message>
        <message>
            <source>Razılıq tələb olunur</source>
            <translation>Требуется согласие</translation>
        </message>
        <message>
            <source>Nazirliyin mülahizəsinə</source>
            <translation>На усмотрение Министерства</translation>
        </message>
        <message>
            <source>Uyğun deyil</source>
            <translation>Недопустимо</translation>
        </message>
        <message>
            <source>Hələ tezdir</source>
            <translation>Слишком рано</translation>
        </message>
        <message>
            <source>Qaydaların əhatəsindən kənar</source>
            <translation>Вне сферы действия Правил</translation>
        </message>
        <message>
            <source>Şərt ödənilməyib</source>
            <translation>Условие не выполнено</translation>
        </message>
        <message>
            <source>Açıq</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>Qərar qeyd edilib</source>
            <translation>Решение зафиксировано</translation>
        </message>
        <message>
            <source>Əmr verilib</source>
            <translation>Приказ издан</translation>
        </message>
        <message>
            <source>Nazirliyə təqdim edilib</source>
            <translation>Представлено в Министерство</translation>
        </message>
        <message>
            <source>Təsdiq edilib</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Отклонено</translation>
        </message>
        <message>
            <source>Xaric etmə əmri (2.12)</source>
            <translation>Приказ об отчислении (2.12)</translation>
        </message>
        <message>
            <source>Tələbələr sırasına daxil etmə əmri</source>
            <translation>Приказ о зачислении в число студентов</translation>
        </message>
        <message>
            <source>Hərbi möhlətin itirilməsi</source>
            <translation>Утрата отсрочки от военной службы</translation>
        </message>
        <message>
            <source>Hərbi qeydiyyat orqanına bildiriş</source>
            <translation>Уведомление в орган воинского учёта</translation>
        </message>
        <message>
            <source>Bərpanın ən erkən tarixi</source>
            <translation>Самая ранняя дата восстановления</translation>
        </message>
        <message>
            <source>Bərpanın son tarixi</source>
            <translation>Крайняя дата восстановления</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətin sonu</source>
            <translation>Окончание академического отпуска</translation>
        </message>
        <message>
            <source>Dövlət sifarişi ilə davam edə bilər</source>
            <translation>Может продолжить по государственному заказу</translation>
        </message>
        <message>
            <source>Ödənişli</source>
            <translation>Платно</translation>
        </message>
        <message>
            <source>Müəyyən edilməyib</source>
            <translation>Не определено</translation>
        </message>
        <message>
            <source>Dəyişmir</source>
            <translation>Не меняется</translation>
        </message>
        <message>
            <source>Bal kifayətdir</source>
            <translation>Балла достаточно</translation>
        </message>
        <message>
            <source>Bal kifayət deyil</source>
            <translation>Балла недостаточно</translation>
        </message>
        <message>
            <source>Bal nəzərə alınmır</source>
            <translation>Балл не учитывается</translation>
        </message>
        <message>
            <source>Bal tətbiq edilmir</source>
            <translation>Балл не применяется</translation>
        </message>
        <message>
            <source>Bal məlumatı yoxdur</source>
            <translation>Нет данных о балле</translation>
        </message>
        <message>
            <source>Elm və Təhsil Nazirliyi</source>
            <translation>Министерство науки и образования</translation>
        </message>
        <message>
            <source>Təsisçi orqan</source>
            <translation>Учредитель</translation>
        </message>
        <message>
            <source>Təhsil haqqını ödəyən</source>
            <translation>Плательщик за обучение</translation>
        </message>
        <message>
            <source>Xaric etmə</source>
            <translation>Отчисление</translation>
        </message>
        <message>
            <source>Köçürmə (gedən)</source>
            <translation>Перевод (исходящий)</translation>
        </message>
        <message>
            <source>Köçürmə (daxil olan)</source>
            <translation>Перевод (входящий)</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdış</source>
            <translation>Возвращение из отпуска</translation>
        </message>
        <message>
            <source>İxtisas dəyişikliyi</source>
            <translation>Смена специальности</translation>
        </message>
        <message>
            <source>Təhsil alır</source>
            <translation>Обучается</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdə</source>
            <translation>В академическом отпуске</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdıb</source>
            <translation>Вернулся из отпуска</translation>
        </message>
        <message>
            <source>Xaric olunub</source>
            <translation>Отчислен</translation>
        </message>
        <message>
            <source>Bərpa olunub</source>
            <translation>Восстановлен</translation>
        </message>
        <message>
            <source>Köçürülüb (gedən)</source>
            <translation>Переведён (исходящий)</translation>
        </message>
        <message>
            <source>Köçürülüb (daxil olan)</source>
            <translation>Переведён (входящий)</translation>
        </message>
        <message>
            <source>İxtisası dəyişib</source>
            <translation>Специальность изменена</translation>
        </message>
        <message>
            <source>İş açıldı</source>
            <translation>Дело открыто</translation>
        </message>
        <message>
            <source>Faktlar saxlanıldı</source>
            <translation>Факты сохранены</translation>
        </message>
        <message>
            <source>Sənəd əlavə edildi</source>
            <translation>Документ прикреплён</translation>
        </message>
        <message>
            <source>Qərar qeyd edildi</source>
            <translation>Решение зафиксировано</translation>
        </message>
        <message>
            <source>Əmr verildi</source>
            <translation>Приказ издан</translation>
        </message>
        <message>
            <source>Məktub qeydə alındı</source>
            <translation>Письмо зарегистрировано</translation>
        </message>
        <message>
            <source>Nazirlik təsdiq etdi</source>
            <translation>Министерство одобрило</translation>
        </message>
        <message>
            <source>Nazirlik rədd etdi</source>
            <translation>Министерство отказало</translation>
        </message>
        <message>
            <source>Nazirliyə təqdim edildi</source>
            <translation>Представлено в Министерство</translation>
        </message>
        <message>
            <source>Toplu xaric etmə (3.1.5)</source>
            <translation>Массовое отчисление (3.1.5)</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Студенты</translation>
        </message>
        <message>
            <source>İmzalayan</source>
            <translation>Подписывающий</translation>
        </message>
        <message>
            <source>Əmr ver</source>
            <translation>Издать приказ</translation>
        </message>
        <message>
            <source>İmtina</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Yeni tədris ili üçün qeydiyyatdan keçməyən və əlaqə saxlamayan tələbələr</source>
            <translation>Студенты, не зарегистрировавшиеся на новый учебный год и не выходившие на связь</translation>
        </message>
        <message>
            <source>Heç bir tələbə seçilməyib</source>
            <translation>Ни один студент не выбран</translation>
        </message>
        <message>
            <source>İşin vəziyyəti</source>
            <translation>Состояние дела</translation>
        </message>
        <message>
            <source>Faktları &amp;saxla</source>
            <translation>&amp;Сохранить факты</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi…</source>
            <translation>Сравнение кредитов…</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi</source>
            <translation>Сравнение кредитов</translation>
        </message>
        <message>
            <source>Qərarı qeyd et</source>
            <translation>Зафиксировать решение</translation>
        </message>
        <message>
            <source>Əmr</source>
            <translation>Приказ</translation>
        </message>
        <message>
            <source>Əmrin mətni</source>
            <translation>Текст приказа</translation>
        </message>
        <message>
            <source>Yeni ixtisasın kodu yoxdur</source>
            <translation>У новой специальности нет кода</translation>
        </message>
        <message>
            <source>Əmr nömrəsi: %1</source>
            <translation>Номер приказа: %1</translation>
        </message>
        <message>
            <source>Qərarın statusu</source>
            <translation>Статус решения</translation>
        </message>
        <message>
            <source>Qərarın əsasları</source>
            <translation>Основания решения</translation>
        </message>
        <message>
            <source>Tələb olunan sənədlər</source>
            <translation>Требуемые документы</translation>
        </message>
        <message>
            <source>Təsdiq ediləcək məqamlar</source>
            <translation>Пункты для подтверждения</translation>
        </message>
        <message>
            <source>Müddətlər</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Sənəd seçin</source>
            <translation>Выберите документ</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Документы (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Əmrdən sonra</source>
            <translation>После приказа</translation>
        </message>
        <message>
            <source>Sil</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Fayl əlavə et…</source>
            <translation>Прикрепить файл…</translation>
        </message>
        <message>
            <source>Qərar yoxdur</source>
            <translation>Решения нет</translation>
        </message>
        <message>
            <source>Sənəd tələb olunmur</source>
            <translation>Документ не требуется</translation>
        </message>
        <message>
            <source>Yoxdur</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Qərar verən bəndlər</source>
            <translation>Определяющие пункты</translation>
        </message>
        <message>
            <source>Bal</source>
            <translation>Балл</translation>
        </message>
        <message>
            <source>Faylı sil: %1</source>
            <translation>Удалить файл: %1</translation>
        </message>
        <message>
            <source>Fayl əlavə et: %1</source>
            <translation>Прикрепить файл: %1</translation>
        </message>
        <message>
            <source>%1 məqamını yoxladım</source>
            <translation>Я проверил(а) пункт %1</translation>
        </message>
        <message>
            <source>Razılıqlar</source>
            <translation>Согласия</translation>
        </message>
        <message>
            <source>Sonrakı ödəniş əsası</source>
            <translation>Дальнейшая основа оплаты</translation>
        </message>
        <message>
            <source>Tətil dövründən kənar</source>
            <translation>Вне каникулярного периода</translation>
        </message>
        <message>
            <source>Səbəblər</source>
            <translation>Причины</translation>
        </message>
        <message>
            <source>Düzgün yazılmayıb: %1</source>
            <translation>Неправильно указано: %1</translation>
        </message>
        <message>
            <source>yoxlanılmayıb</source>
            <translation>не проверено</translation>
        </message>
        <message>
            <source>Ali təhsil müəssisəsi</source>
            <translation>Высшее учебное заведение</translation>
        </message>
        <message>
            <source>Xarici ali təhsil müəssisəsi</source>
            <translation>Зарубежное высшее учебное заведение</translation>
        </message>
        <message>
            <source>Ölkə</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Müəssisənin adı</source>
            <translation>Название учебного заведения</translation>
        </message>
        <message>
            <source>Akkreditasiya olunub</source>
            <translation>Аккредитовано</translation>
        </message>
        <message>
            <source>%1 qrup</source>
            <translation>Групп: %1</translation>
        </message>
        <message>
            <source>İşin növü</source>
            <translation>Вид дела</translation>
        </message>
        <message>
            <source>Tələbə nömrəsi və ya adı</source>
            <translation>Номер или имя студента</translation>
        </message>
        <message>
            <source>Yeni iş aç</source>
            <translation>Открыть новое дело</translation>
        </message>
        <message>
            <source>Toplu xaric etmə (3.1.5)…</source>
            <translation>Массовое отчисление (3.1.5)…</translation>
        </message>
        <message>
            <source>İşlər</source>
            <translation>Дела</translation>
        </message>
        <message>
            <source>&amp;Aç</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Aç</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Tələbə hərəkəti</source>
            <translation>Движение студента</translation>
        </message>
        <message>
            <source>← İşlərə qayıt</source>
            <translation>← Вернуться к делам</translation>
        </message>
        <message>
            <source>İşlərə qayıt</source>
            <translation>Вернуться к делам</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Qərar</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Tapılan tələbələr (yeni iş üçün birini seçin)</source>
            <translation>Найденные студенты (выберите одного для нового дела)</translation>
        </message>
        <message>
            <source>Ali təhsil müəssisəsini dəyişmək</source>
            <translation>Смена высшего учебного заведения</translation>
        </message>
        <message>
            <source>İxtisası dəyişmək</source>
            <translation>Смена специальности</translation>
        </message>
        <message>
            <source>Təhsil formasını dəyişmək</source>
            <translation>Смена формы обучения</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <source>Əmrin növü</source>
            <translation>Вид приказа</translation>
        </message>
        <message>
            <source>Hamısı</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Əmrlər reyestri</source>
            <translation>Реестр приказов</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Bənd</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>İmzalayan</source>
            <translation>Подписывающий</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Студенты</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Ümumi baxış</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Göstəriciləri yenilə</source>
            <translation>Обновить показатели</translation>
        </message>
        <message>
            <source>Müraciətlər</source>
            <translation>Заявления</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Студенты</translation>
        </message>
        <message>
            <source>Mərkəzi bazaya göndərilməmiş dəyişikliklər</source>
            <translation>Изменения, не отправленные в центральную базу</translation>
        </message>
        <message>
            <source>Son ehtiyat nüsxə</source>
            <translation>Последняя резервная копия</translation>
        </message>
        <message>
            <source>Bu baza üçün avtomatik ehtiyat nüsxə yoxdur.</source>
            <translation>Для этой базы автоматические резервные копии не создаются.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə hələ yoxdur.</source>
            <translation>Резервных копий пока нет.</translation>
        </message>
        <message>
            <source>Göstəriciləri yükləmək alınmadı: </source>
            <translation>Не удалось загрузить показатели: </translation>
        </message>
        <message>
            <source>Qaralama</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Göndərilib</source>
            <translation>Подано</translation>
        </message>
        <message>
            <source>Baxılır</source>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənib</source>
            <translation>Льгота подтверждена</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənməyib</source>
            <translation>Льгота не подтверждена</translation>
        </message>
        <message>
            <source>Qeydiyyata alınıb</source>
            <translation>Зарегистрирован</translation>
        </message>
        <message>
            <source>İmtina edilib</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <source>Təhsil alır</source>
            <translation>Обучается</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdə</source>
            <translation>В академическом отпуске</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdıb</source>
            <translation>Вернулся из отпуска</translation>
        </message>
        <message>
            <source>Xaric edilib</source>
            <translation>Отчислен</translation>
        </message>
        <message>
            <source>Bərpa edilib</source>
            <translation>Восстановлен</translation>
        </message>
        <message>
            <source>Başqa müəssisəyə köçürülüb</source>
            <translation>Переведён в другое учреждение</translation>
        </message>
        <message>
            <source>Köçürmə ilə qəbul edilib</source>
            <translation>Принят переводом</translation>
        </message>
        <message>
            <source>Məzun olub</source>
            <translation>Выпускник</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Şifrə ifadəsi</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Bu kompüterdə açarları saxlamaq üçün keyring yoxdur. Yeni verilənlər bazası {name} sizin şifrə ifadənizlə şifrələnəcək. Şifrə ifadəsi heç yerdə saxlanılmır: onu unutsanız, bazanı açmaq mümkün olmayacaq.</source>
            <translation>На этом компьютере нет хранилища ключей (keyring). Новая база {name} будет зашифрована вашей парольной фразой. Фраза нигде не хранится: если вы её забудете, открыть базу будет невозможно.</translation>
        </message>
        <message>
            <source>Bu kompüterdə keyring yoxdur. {name} bazasını açmaq üçün şifrə ifadəsini daxil edin.</source>
            <translation>На этом компьютере нет хранилища ключей. Введите парольную фразу, чтобы открыть базу {name}.</translation>
        </message>
        <message>
            <source>Şifrə ifadəsinin təkrarı</source>
            <translation>Парольная фраза (повтор)</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>ПРОДОЛЖИТЬ &gt;</translation>
        </message>
        <message>
            <source>Bazanı aç</source>
            <translation>Открыть базу</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Şifrə ifadəsi:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <source>Şifrə ifadəsinin təkrarı:</source>
            <translation>Парольная фраза (повтор):</translation>
        </message>
        <message>
            <source>Şifrə ifadəsi ən azı {n} simvol olmalıdır.</source>
            <translation>Парольная фраза должна содержать не менее {n} символов.</translation>
        </message>
        <message>
            <source>Şifrə ifadələri eyni deyil.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Çap et</source>
            <translation>Печатать</translation>
        </message>
        <message>
            <source>PDF kimi saxla</source>
            <translation>Сохранить как PDF</translation>
        </message>
        <message>
            <source>Çap</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>PDF sənədləri (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saxla</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>PDF sənəd</source>
            <translation>Документ PDF</translation>
        </message>
        <message>
            <source>Böyüt</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Kiçilt</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Enə sığdır</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Səhifə sayı: </source>
            <translation>Страниц: </translation>
        </message>
    </context>
    <context>
        <name>QueueFilterBar</name>
        <message>
            <source>Ad, FİN, nömrə və ya telefon</source>
            <translation>Имя, ФИН, номер или телефон</translation>
        </message>
        <message>
            <source>Axtarış</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Bütün statuslar</source>
            <translation>Все статусы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Bütün qəbul xətləri</source>
            <translation>Все линии приёма</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Линия приёма</translation>
        </message>
        <message>
            <source>Güzəşt: hamısı</source>
            <translation>Льгота: все</translation>
        </message>
        <message>
            <source>Güzəşt</source>
            <translation>Льгота</translation>
        </message>
        <message>
            <source>Güzəşt istənib</source>
            <translation>Льгота запрошена</translation>
        </message>
        <message>
            <source>Güzəşt istənməyib</source>
            <translation>Льгота не запрошена</translation>
        </message>
        <message>
            <source>Bütün əməkdaşlar</source>
            <translation>Все сотрудники</translation>
        </message>
        <message>
            <source>Baxan əməkdaş</source>
            <translation>Рассматривающий сотрудник</translation>
        </message>
        <message>
            <source>Təyin edilməyib</source>
            <translation>Не назначено</translation>
        </message>
        <message>
            <source>Tarix:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <source>Təsdiq tarixinə görə süz</source>
            <translation>Фильтр по дате подтверждения</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Səbəb</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Səbəbi yazın (mütləqdir).</source>
            <translation>Укажите причину (обязательно).</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Məlumatların saxlanma müddəti</source>
            <translation>Сроки хранения данных</translation>
        </message>
        <message>
            <source>Qəbul kampaniyasının bağlandığı gün</source>
            <translation>День закрытия приёмной кампании</translation>
        </message>
        <message>
            <source> il</source>
            <translation> лет</translation>
        </message>
        <message>
            <source>İmtina edilmiş müraciətlərin saxlanma müddəti</source>
            <translation>Срок хранения отклонённых заявлений</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Önizləmə</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <source>SİL</source>
            <translation>УДАЛИТЬ</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Qəbul kampaniyası bağlanana qədər son dəfə dəyişdirilmiş qaralamalar və göstərilən müddətdən əvvəl imtina edilmiş müraciətlər silinir. Əvvəlcə önizləməyə baxın.</source>
            <translation>Удаляются черновики, последний раз изменённые до закрытия приёмной кампании, и заявления, отклонённые раньше указанного срока. Сначала посмотрите предпросмотр.</translation>
        </message>
        <message>
            <source>Qəbul kampaniyası bağlandı:</source>
            <translation>Приёмная кампания закрыта:</translation>
        </message>
        <message>
            <source>İmtina edilmiş müraciətlər saxlanılır:</source>
            <translation>Отклонённые заявления хранятся:</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Причина:</translation>
        </message>
        <message numerus="yes">
            <source>Qaralamalar: %n</source>
            <translation>
                <numerusform>Черновики: %n</numerusform>
                <numerusform>Черновики: %n</numerusform>
                <numerusform>Черновики: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Qaralamaların faylları: %n</source>
            <translation>
                <numerusform>Файлы черновиков: %n</numerusform>
                <numerusform>Файлы черновиков: %n</numerusform>
                <numerusform>Файлы черновиков: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>İmtina edilmiş müraciətlər: %n</source>
            <translation>
                <numerusform>Отклонённые заявления: %n</numerusform>
                <numerusform>Отклонённые заявления: %n</numerusform>
                <numerusform>Отклонённые заявления: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cavablar: %n</source>
            <translation>
                <numerusform>Ответы: %n</numerusform>
                <numerusform>Ответы: %n</numerusform>
                <numerusform>Ответы: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sənədlər: %n</source>
            <translation>
                <numerusform>Документы: %n</numerusform>
                <numerusform>Документы: %n</numerusform>
                <numerusform>Документы: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Təhsil haqqından azadolma müraciətləri: %n</source>
            <translation>
                <numerusform>Заявки на освобождение от платы: %n</numerusform>
                <numerusform>Заявки на освобождение от платы: %n</numerusform>
                <numerusform>Заявки на освобождение от платы: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sübut sənədlərinə baxış qeydləri: %n</source>
            <translation>
                <numerusform>Записи проверки подтверждающих документов: %n</numerusform>
                <numerusform>Записи проверки подтверждающих документов: %n</numerusform>
                <numerusform>Записи проверки подтверждающих документов: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Status qeydləri: %n</source>
            <translation>
                <numerusform>Записи статусов: %n</numerusform>
                <numerusform>Записи статусов: %n</numerusform>
                <numerusform>Записи статусов: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fayllar (sübutlar): %n</source>
            <translation>
                <numerusform>Файлы (подтверждения): %n</numerusform>
                <numerusform>Файлы (подтверждения): %n</numerusform>
                <numerusform>Файлы (подтверждения): %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Önizləmə (heç nə dəyişdirilməyib):</source>
            <translation>Предпросмотр (ничего не изменено):</translation>
        </message>
        <message>
            <source>Silindi:</source>
            <translation>Удалено:</translation>
        </message>
        <message numerus="yes">
            <source>%n qeyd birdəfəlik silinəcək. Davam edilsin?</source>
            <translation>
                <numerusform>%n записей будут удалены безвозвратно. Продолжить?</numerusform>
                <numerusform>%n записей будут удалены безвозвратно. Продолжить?</numerusform>
                <numerusform>%n записей будут удалены безвозвратно. Продолжить?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Müraciətlər</source>
            <translation>Заявления</translation>
        </message>
        <message>
            <source>Müraciətlər siyahısı</source>
            <translation>Список заявлений</translation>
        </message>
        <message>
            <source>Təyin et…</source>
            <translation>Назначить…</translation>
        </message>
        <message>
            <source>Seçilənləri qəbul et…</source>
            <translation>Принять выбранные…</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Uyğun gələn: …</source>
            <translation>Совпадает: …</translation>
        </message>
        <message>
            <source>Uyğun gələn: </source>
            <translation>Совпадает: </translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Ümumi baxış</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>ПОДАТЬ ЗАЯВЛЕНИЕ</translation>
        </message>
        <message>
            <source>Müraciətlər</source>
            <translation>Заявления</translation>
        </message>
        <message>
            <source>Tələbə hərəkəti</source>
            <translation>Движение студента</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Студенты</translation>
        </message>
        <message>
            <source>Daxil olan məktublar</source>
            <translation>Входящие письма</translation>
        </message>
        <message>
            <source>Müddətlər</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Əmrlər</source>
            <translation>Приказы</translation>
        </message>
        <message>
            <source>Nazirlik masası</source>
            <translation>Работа с Министерством</translation>
        </message>
        <message>
            <source>İdarə paneli</source>
            <translation>Панель управления</translation>
        </message>
        <message>
            <source>Audit jurnalı</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>Sinxronlaşma ziddiyyətləri</source>
            <translation>Конфликты синхронизации</translation>
        </message>
        <message>
            <source>Sənədlər</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Sənəd şablonları</source>
            <translation>Шаблоны документов</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Parametrlər</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Müəssisə</source>
            <translation>Учреждение</translation>
        </message>
        <message>
            <source>Yerli bazanın faylı</source>
            <translation>Файл локальной базы</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələrin sayı</source>
            <translation>Число хранимых резервных копий</translation>
        </message>
        <message>
            <source>İndi ehtiyat nüsxə çıxar</source>
            <translation>Создать резервную копию</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın ünvanı (URL)</source>
            <translation>Адрес центральной базы (URL)</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın istifadəçisi</source>
            <translation>Пользователь центральной базы</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın şifrəsi</source>
            <translation>Пароль центральной базы</translation>
        </message>
        <message>
            <source>dəyişməmək üçün boş saxlayın</source>
            <translation>оставьте пустым, чтобы не менять</translation>
        </message>
        <message>
            <source>İnterfeysin dili</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>СОХРАНИТЬ</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Müəssisə:</source>
            <translation>Учреждение:</translation>
        </message>
        <message>
            <source>Yerli baza</source>
            <translation>Локальная база</translation>
        </message>
        <message>
            <source>Fayl:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələr:</source>
            <translation>Хранимые резервные копии:</translation>
        </message>
        <message>
            <source>Mərkəzi baza</source>
            <translation>Центральная база</translation>
        </message>
        <message>
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <source>İstifadəçi:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Dil</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>İnterfeysin dili:</source>
            <translation>Язык интерфейса:</translation>
        </message>
        <message>
            <source>Dil və müəssisə dəyişikliyi proqram yenidən açıldıqdan sonra qüvvəyə minir.</source>
            <translation>Смена языка или учреждения вступает в силу после перезапуска программы.</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələr</source>
            <translation>Хранимые резервные копии</translation>
        </message>
        <message>
            <source>Bu baza üçün avtomatik ehtiyat nüsxə yoxdur.</source>
            <translation>Для этой базы автоматические резервные копии не создаются.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə hələ yoxdur.</source>
            <translation>Резервных копий пока нет.</translation>
        </message>
        <message>
            <source>Son ehtiyat nüsxə: </source>
            <translation>Последняя резервная копия: </translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılır…</source>
            <translation>Записывается резервная копия…</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılmadı: </source>
            <translation>Резервная копия не записана: </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Giriş</source>
            <translation>Вход</translation>
        </message>
        <message>
            <source>İstifadəçi adı</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>ПРОДОЛЖИТЬ &gt;</translation>
        </message>
        <message>
            <source>Daxil ol</source>
            <translation>Войти</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>İstifadəçi adı:</source>
            <translation>Имя пользователя:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>İstifadəçi adını və şifrəni daxil edin.</source>
            <translation>Введите имя пользователя и пароль.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Daxili xəta: </source>
            <translation>Внутренняя ошибка: </translation>
        </message>
        <message>
            <source>Nümunə bazası hazırlanır…</source>
            <translation>Подготовка демонстрационной базы…</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Nümunə bazası: istifadəçi adı {user}, şifrə {password}</source>
            <translation>Демонстрационная база: имя пользователя {user}, пароль {password}</translation>
        </message>
    </context>
    <context>
        <name>StatusCountsBar</name>
        <message>
            <source>Cəmi</source>
            <translation>Всего</translation>
        </message>
        <message>
            <source>Cəmi: </source>
            <translation>Всего: </translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <source>Sənəd məlumatları</source>
            <translation>Сведения о документе</translation>
        </message>
        <message>
            <source>Mobil nömrə</source>
            <translation>Мобильный номер</translation>
        </message>
        <message>
            <source>Elektron poçt</source>
            <translation>Электронная почта</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Линия приёма</translation>
        </message>
        <message>
            <source>Şəxsi məlumatlar</source>
            <translation>Личные данные</translation>
        </message>
        <message>
            <source>Qəbul məlumatları</source>
            <translation>Сведения о приёме</translation>
        </message>
        <message>
            <source>Təhsil haqqından azad</source>
            <translation>Освобождение от платы за обучение</translation>
        </message>
        <message>
            <source>Təhsil haqqının ödənişi</source>
            <translation>Оплата обучения</translation>
        </message>
    </context>
    <context>
        <name>Students</name>
        <message>
            <source>Tələbə nömrəsi və ya adı</source>
            <translation>Номер или имя студента</translation>
        </message>
        <message>
            <source>Tələbələri idxal et…</source>
            <translation>Импортировать студентов…</translation>
        </message>
        <message>
            <source>Qiymət cədvəlini idxal et…</source>
            <translation>Импортировать ведомость оценок…</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Студенты</translation>
        </message>
        <message>
            <source>Statusların tarixçəsi</source>
            <translation>История статусов</translation>
        </message>
        <message>
            <source>Tələbələr reyestri</source>
            <translation>Реестр студентов</translation>
        </message>
        <message>
            <source>Fayl seçin</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Таблицы (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Ad</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>İxtisas</source>
            <translation>Специальность</translation>
        </message>
        <message>
            <source>Forma</source>
            <translation>Форма</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Əmr</source>
            <translation>Приказ</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Əlavə edildi: %1, dəyişməyən: %2, xəta: %3</source>
            <translation>Добавлено: %1, без изменений: %2, ошибок: %3</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Mərkəz: yoxlanılmayıb</source>
            <translation>Центр: не проверено</translation>
        </message>
        <message>
            <source>Son sinxronlaşdırma: hələ olmayıb</source>
            <translation>Последняя синхронизация: ещё не было</translation>
        </message>
        <message>
            <source>İndi sinxronlaşdır</source>
            <translation>Синхронизировать сейчас</translation>
        </message>
        <message>
            <source>Mərkəz: qoşulub</source>
            <translation>Центр: подключено</translation>
        </message>
        <message>
            <source>Mərkəz: əlaqə yoxdur</source>
            <translation>Центр: нет связи</translation>
        </message>
        <message>
            <source>Son sinxronlaşdırma: </source>
            <translation>Последняя синхронизация: </translation>
        </message>
        <message>
            <source>Gözləyən dəyişikliklər: </source>
            <translation>Ожидающие изменения: </translation>
        </message>
        <message>
            <source>Həll gözləyən problemlər: </source>
            <translation>Проблемы, ожидающие решения: </translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Şablonun mətni</source>
            <translation>Текст шаблона</translation>
        </message>
        <message>
            <source>Yadda saxla</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>İlkin şablonu bərpa et</source>
            <translation>Восстановить исходный шаблон</translation>
        </message>
        <message>
            <source>Şablon</source>
            <translation>Шаблон</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Sənəd şablonları</source>
            <translation>Шаблоны документов</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Ümumi məlumatlar</source>
            <translation>Общие сведения</translation>
        </message>
        <message>
            <source>Status: </source>
            <translation>Статус: </translation>
        </message>
    </context>
    <context>
        <name>UploadSlot</name>
        <message>
            <source>Sil</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>jpg, png, pdf</source>
            <translation>jpg, png, pdf</translation>
        </message>
        <message>
            <source>Fayl seçin…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <source>Sənədlər (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Документы (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Fayl oxunmur.</source>
            <translation>Файл не читается.</translation>
        </message>
        <message>
            <source>PDF
{n} səh.</source>
            <translation>PDF
{n} стр.</translation>
        </message>
        <message>
            <source>{n} səhifə</source>
            <translation>{n} стр.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Sənədin yoxlanılması</source>
            <translation>Проверка документа</translation>
        </message>
        <message>
            <source>Yoxlama kodu</source>
            <translation>Код проверки</translation>
        </message>
        <message>
            <source>Yoxla</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Yoxlama kodu:</source>
            <translation>Код проверки:</translation>
        </message>
    </context>
</TS>
