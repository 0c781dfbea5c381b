<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="az">
    <context>
        <name>ApplicationDetailView</name>
        <message>
            <source>Sənədlər</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Tarixçə</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Məlumatlar</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Qəbul et</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>İmtina et</source>
            <translation>Refuse</translation>
        </message>
        <message>
            <source>Əlavə sənəd istə</source>
            <translation>Request another document</translation>
        </message>
        <message>
            <source>Qərarı ləğv et</source>
            <translation>Revoke the decision</translation>
        </message>
        <message>
            <source>Müraciət seçilməyib</source>
            <translation>No application selected</translation>
        </message>
        <message>
            <source>təsdiq: </source>
            <translation>confirmed: </translation>
        </message>
        <message>
            <source>baxan: </source>
            <translation>reviewer: </translation>
        </message>
        <message>
            <source>əvvəlki qərar ləğv edildi</source>
            <translation>the previous decision was revoked</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Əməkdaşa təyin et</source>
            <translation>Assign to a staff member</translation>
        </message>
        <message>
            <source>Baxan əməkdaş</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Təyinatı götür</source>
            <translation>Remove the assignment</translation>
        </message>
        <message>
            <source>Seçilmiş müraciətlər: </source>
            <translation>Selected applications: </translation>
        </message>
        <message>
            <source>Təyin et</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>Audit jurnalı</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Yoxla</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Bütün zəncirləri qeyd-qeyd yoxla</source>
            <translation>Check every chain entry by entry</translation>
        </message>
        <message>
            <source>İxrac et…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Bütün istifadəçilər</source>
            <translation>All users</translation>
        </message>
        <message>
            <source>İstifadəçi</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Bütün əməliyyatlar</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Əməliyyat</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Bütün mənbələr</source>
            <translation>All sources</translation>
        </message>
        <message>
            <source>Mənbə</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Tarix:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Audit qeydləri</source>
            <translation>Audit entries</translation>
        </message>
        <message>
            <source>‹ Əvvəlki</source>
            <translation>‹ Previous</translation>
        </message>
        <message>
            <source>Sonrakı ›</source>
            <translation>Next ›</translation>
        </message>
        <message>
            <source>Jurnal qaydasındadır: </source>
            <translation>The log is intact: </translation>
        </message>
        <message>
            <source>zəncir</source>
            <translation>chains</translation>
        </message>
        <message>
            <source>qeyd yoxlanıldı.</source>
            <translation>entries checked.</translation>
        </message>
        <message>
            <source>Jurnal pozulub! İlk səhv qeyd: </source>
            <translation>The log has been tampered with! First bad entry: </translation>
        </message>
        <message>
            <source>İxrac et</source>
            <translation>Export</translation>
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
            <translation>Batch printing</translation>
        </message>
        <message>
            <source>Sənədlər hazırlanır…</source>
            <translation>Preparing documents…</translation>
        </message>
        <message>
            <source>İmtina</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Dayandırılır…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>{done} / {total} sənəd</source>
            <translation>{done} / {total} documents</translation>
        </message>
        <message>
            <source>Dayandırıldı; heç bir sənəd verilmədi.</source>
            <translation>Stopped; no document was issued.</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CalibrationDialog</name>
        <message>
            <source>Blankın kalibrlənməsi</source>
            <translation>Form calibration</translation>
        </message>
        <message>
            <source>Printer:</source>
            <translation>Printer:</translation>
        </message>
        <message>
            <source>Blankın nəşri:</source>
            <translation>Form edition:</translation>
        </message>
        <message>
            <source>Saxlanmış sürüşmə:</source>
            <translation>Saved offset:</translation>
        </message>
        <message>
            <source>Nişan</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Gözlənilən (mm)</source>
            <translation>Expected (mm)</translation>
        </message>
        <message>
            <source>Ölçülən x (mm)</source>
            <translation>Measured x (mm)</translation>
        </message>
        <message>
            <source>Ölçülən y (mm)</source>
            <translation>Measured y (mm)</translation>
        </message>
        <message>
            <source>Kalibrləmə səhifəsini çap et</source>
            <translation>Print the calibration page</translation>
        </message>
        <message>
            <source>Sürüşməni hesabla və saxla</source>
            <translation>Calculate and save the offset</translation>
        </message>
        <message>
            <source>Çap</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>ConflictsPage</name>
        <message>
            <source>Həll gözləyən problemlər</source>
            <translation>Problems awaiting resolution</translation>
        </message>
        <message>
            <source>Həll gözləyən problem yoxdur.</source>
            <translation>There are no issues awaiting resolution.</translation>
        </message>
        <message>
            <source>Sahə</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Bu iş yeri</source>
            <translation>This workstation</translation>
        </message>
        <message>
            <source>Mərkəz</source>
            <translation>Central</translation>
        </message>
        <message>
            <source>Seçim</source>
            <translation>Choice</translation>
        </message>
        <message>
            <source>Birləşdirilmiş dəyər</source>
            <translation>Merged value</translation>
        </message>
        <message>
            <source>Sahələr üzrə müqayisə</source>
            <translation>Field-by-field comparison</translation>
        </message>
        <message>
            <source>Səbəb (mütləqdir)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Seçimi təsdiq et</source>
            <translation>Confirm the choice</translation>
        </message>
        <message>
            <source>Şəxsləri birləşdir</source>
            <translation>Merge the persons</translation>
        </message>
        <message>
            <source>Müraciəti geri götür</source>
            <translation>Withdraw the application</translation>
        </message>
        <message>
            <source>Dəyişikliyi ləğv et</source>
            <translation>Discard the change</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Sinxronlaşdırmada qəbul edilməyən müraciətlər: </source>
            <translation>Applications not accepted during synchronisation: </translation>
        </message>
        <message>
            <source>Bu iş yerinin</source>
            <translation>This workstation's</translation>
        </message>
        <message>
            <source>Mərkəzin</source>
            <translation>Central's</translation>
        </message>
        <message>
            <source>Birləşdirilmiş</source>
            <translation>Merged</translation>
        </message>
    </context>
    <context>
        <name>CreditComparison</name>
        <message>
            <source>Akademik arayış</source>
            <translation>Academic transcript</translation>
        </message>
        <message>
            <source>Tədris planı</source>
            <translation>Curriculum</translation>
        </message>
        <message>
            <source>Uyğunluq təklifləri</source>
            <translation>Suggested matches</translation>
        </message>
        <message>
            <source>Arayışı idxal et…</source>
            <translation>Import the transcript…</translation>
        </message>
        <message>
            <source>bütün semestrlər</source>
            <translation>all semesters</translation>
        </message>
        <message>
            <source>Hansı semestrədək</source>
            <translation>Up to semester</translation>
        </message>
        <message>
            <source>Nəticəni işdə saxla</source>
            <translation>Save the result in the case</translation>
        </message>
        <message>
            <source>Yekun</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Arayış faylı</source>
            <translation>Transcript file</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Kod</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Fənn</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Kredit</source>
            <translation>Credits</translation>
        </message>
        <message>
            <source>Saat</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Qiymət</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Semestr</source>
            <translation>Semester</translation>
        </message>
        <message>
            <source>Arayışdakı fənn</source>
            <translation>Subject in the transcript</translation>
        </message>
        <message>
            <source>Plandakı fənn</source>
            <translation>Subject in the curriculum</translation>
        </message>
        <message>
            <source>Oxşarlıq</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Tanınan kredit</source>
            <translation>Recognised credits</translation>
        </message>
        <message>
            <source>Qəbul et</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Rədd et</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi — %1</source>
            <translation>Credit comparison — %1</translation>
        </message>
        <message>
            <source>Qəbul et: %1</source>
            <translation>Accept: %1</translation>
        </message>
        <message>
            <source>Rədd et: %1</source>
            <translation>Reject: %1</translation>
        </message>
        <message>
            <source>Tanınan kredit: %1. Akademik fərq (%2 kredit): %3</source>
            <translation>Recognised credits: %1. Academic difference (%2 credits): %3</translation>
        </message>
        <message>
            <source>Qəbul edilib</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Təklif</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Eyni kod</source>
            <translation>Same code</translation>
        </message>
        <message>
            <source>Oxşar ad</source>
            <translation>Similar name</translation>
        </message>
        <message>
            <source>Oxşar ad və kredit</source>
            <translation>Similar name and credits</translation>
        </message>
        <message>
            <source>Keçid qiyməti yoxdur</source>
            <translation>No passing grade</translation>
        </message>
        <message>
            <source>Uyğun fənn yoxdur</source>
            <translation>No matching subject</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Qəbulun vəziyyəti</source>
            <translation>Admission status</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>İxrac et…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Təsdiq edilmiş müraciətlər</source>
            <translation>Confirmed applications</translation>
        </message>
        <message>
            <source>Baxılmayı gözləyən</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Güzəşt müraciətləri</source>
            <translation>Fee exemption requests</translation>
        </message>
        <message>
            <source>Qeydiyyata alınıb</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Statuslar üzrə</source>
            <translation>By status</translation>
        </message>
        <message>
            <source>Qəbul xətləri üzrə</source>
            <translation>By admission line</translation>
        </message>
        <message>
            <source>Güzəşt kateqoriyaları üzrə</source>
            <translation>By exemption category</translation>
        </message>
        <message>
            <source>Gündəlik təsdiq edilən müraciətlər</source>
            <translation>Applications confirmed per day</translation>
        </message>
        <message>
            <source>İxrac et</source>
            <translation>Export</translation>
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
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Müddətlərin sayı</source>
            <translation>Number of deadlines</translation>
        </message>
        <message>
            <source>Açıq müddətlər</source>
            <translation>Open deadlines</translation>
        </message>
        <message>
            <source>&amp;Yenilə</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>İcra edilib kimi qeyd et</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Nə</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Bənd</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Son tarix</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Qalan iş günü</source>
            <translation>Working days left</translation>
        </message>
        <message>
            <source>Qeyd</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Gecikib</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>(təxmini)</source>
            <translation>(estimated)</translation>
        </message>
        <message>
            <source>Açıq: %1, gecikən: %2</source>
            <translation>Open: %1, overdue: %2</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <source>Sənəd seçin.</source>
            <translation>Choose a document.</translation>
        </message>
        <message>
            <source>Faylı göstərmək mümkün olmadı.</source>
            <translation>The file could not be shown.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Sənədin növü</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>Müraciətin, tələbənin və ya əmrin nömrəsi</source>
            <translation>Application, student or order number</translation>
        </message>
        <message>
            <source>Qeydin nömrəsi</source>
            <translation>Register number</translation>
        </message>
        <message>
            <source>Baxış</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Sənədi ver</source>
            <translation>Issue the document</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kodu yoxla</source>
            <translation>Check the code</translation>
        </message>
        <message>
            <source>Günün əmrlərini çap et</source>
            <translation>Print today's orders</translation>
        </message>
        <message>
            <source>Blankın kalibrlənməsi</source>
            <translation>Form calibration</translation>
        </message>
        <message>
            <source>Əmrlərin tarixi</source>
            <translation>Date of the orders</translation>
        </message>
        <message>
            <source>Verilmiş sənədlərin reyestri</source>
            <translation>Register of issued documents</translation>
        </message>
        <message>
            <source>Ləğv edilib</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Qüvvədədir</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>Baxış: nömrəsiz layihə</source>
            <translation>Preview: unnumbered draft</translation>
        </message>
        <message>
            <source>Ləğv ediləcək sənədi seçin.</source>
            <translation>Choose the document to revoke.</translation>
        </message>
        <message>
            <source>Sənədi ləğv et</source>
            <translation>Revoke the document</translation>
        </message>
        <message>
            <source>{number}: səbəb</source>
            <translation>{number}: reason</translation>
        </message>
        <message>
            <source>Bu günün çap edilməmiş əmri yoxdur.</source>
            <translation>There are no unprinted orders for today.</translation>
        </message>
    </context>
    <context>
        <name>ErrorLabel</name>
        <message>
            <source>Xəta</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>ExemptionReviewWidget</name>
        <message>
            <source>Tələb olunan sənədlər</source>
            <translation>Required documents</translation>
        </message>
        <message>
            <source>Sübut sənədləri</source>
            <translation>Supporting documents</translation>
        </message>
        <message>
            <source>✔ Qəbul et</source>
            <translation>✔ Accept</translation>
        </message>
        <message>
            <source>✘ Qəbul etmə…</source>
            <translation>✘ Do not accept…</translation>
        </message>
        <message>
            <source>↻ Yenidən tələb et…</source>
            <translation>↻ Request again…</translation>
        </message>
        <message>
            <source>Güzəşti təsdiqlə…</source>
            <translation>Grant the exemption…</translation>
        </message>
        <message>
            <source>Güzəşti təsdiqləmə…</source>
            <translation>Refuse the exemption…</translation>
        </message>
        <message>
            <source>Güzəşt üzrə qərar verilib.</source>
            <translation>The exemption has been decided.</translation>
        </message>
        <message>
            <source>Qərar üçün bütün tələb olunan sənədlərə baxın: qalıb </source>
            <translation>Review every required document before deciding: remaining </translation>
        </message>
        <message>
            <source>Bütün tələb olunan sənədlərə baxılıb.</source>
            <translation>Every required document has been reviewed.</translation>
        </message>
        <message>
            <source>Sənəd qəbul edilmir</source>
            <translation>Document not accepted</translation>
        </message>
        <message>
            <source>Sənədin niyə qəbul edilmədiyini yazın.</source>
            <translation>Write why the document is not accepted.</translation>
        </message>
        <message>
            <source>Qəbul etmə</source>
            <translation>Do not accept</translation>
        </message>
        <message>
            <source>Sənəd yenidən tələb olunur</source>
            <translation>Document requested again</translation>
        </message>
        <message>
            <source>Müraciətçiyə nəyin lazım olduğunu yazın.</source>
            <translation>Write what the applicant needs to provide.</translation>
        </message>
        <message>
            <source>Yenidən tələb et</source>
            <translation>Request again</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənir</source>
            <translation>Exemption granted</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənmir</source>
            <translation>Exemption refused</translation>
        </message>
        <message>
            <source>Müraciətçiyə göndəriləcək mesajı yazın (Ümumi məlumatlar səhifəsində görünür).</source>
            <translation>Write the message for the applicant (shown on the General information page).</translation>
        </message>
        <message>
            <source>Təsdiqlə</source>
            <translation>Grant</translation>
        </message>
        <message>
            <source>Təsdiqləmə</source>
            <translation>Refuse</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>İlk quraşdırma</source>
            <translation>First-time setup</translation>
        </message>
        <message>
            <source>Bu verilənlər bazası yenidir. Müəssisəni seçin və inzibatçı hesabını yaradın. İnzibatçı sonra digər əməkdaşların hesablarını yarada bilər.</source>
            <translation>This database is new. Choose the institution and create the administrator account. The administrator can then create the other staff accounts.</translation>
        </message>
        <message>
            <source>Müəssisə</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>- Seçin -</source>
            <translation>- Select -</translation>
        </message>
        <message>
            <source>Siyahıdakı məlumat hələ Nazirliyin reyestri ilə yoxlanılmayıb.</source>
            <translation>This entry has not yet been checked against the Ministry's register.</translation>
        </message>
        <message>
            <source>İnzibatçının istifadəçi adı</source>
            <translation>Administrator's user name</translation>
        </message>
        <message>
            <source>Ad və soyad</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı</source>
            <translation>Password (repeat)</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>SAVE</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Müəssisə:</source>
            <translation>Institution:</translation>
        </message>
        <message>
            <source>İstifadəçi adı:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Ad və soyad:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı:</source>
            <translation>Password (repeat):</translation>
        </message>
        <message>
            <source>Müəssisəni seçin.</source>
            <translation>Choose the institution.</translation>
        </message>
        <message>
            <source>Şifrələr eyni deyil.</source>
            <translation>The passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>Şəkil</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Böyüt</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Kiçilt</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Pəncərəyə sığdır</source>
            <translation>Fit to window</translation>
        </message>
    </context>
    <context>
        <name>IntakeSection</name>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>APPLY</translation>
        </message>
        <message>
            <source>Yeni müraciət et</source>
            <translation>New application</translation>
        </message>
        <message>
            <source>Yarımçıq müraciətlər</source>
            <translation>Unfinished applications</translation>
        </message>
        <message>
            <source>&amp;Davam et</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>&amp;Sil</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Qəbul siyahısını &amp;idxal et…</source>
            <translation>&amp;Import the admission list…</translation>
        </message>
        <message>
            <source>Portal şifrəsini &amp;bərpa et…</source>
            <translation>&amp;Reset the portal password…</translation>
        </message>
        <message>
            <source>Qaralamanı sil</source>
            <translation>Delete the draft</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Yarımçıq qalmış müraciətlər var: davam etmək üçün birini seçin.</source>
            <translation>There are unfinished applications: choose one to continue.</translation>
        </message>
        <message>
            <source>Yarımçıq müraciət yoxdur.</source>
            <translation>There are no unfinished applications.</translation>
        </message>
    </context>
    <context>
        <name>IntakeWizard</name>
        <message>
            <source>Bəli</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Xeyr</source>
            <translation>No</translation>
        </message>
        <message>
            <source>- Seçin -</source>
            <translation>- Select -</translation>
        </message>
        <message>
            <source>Qəbul siyahısının idxalı</source>
            <translation>Admission list import</translation>
        </message>
        <message>
            <source>&amp;Fayl seçin…</source>
            <translation>Choose a &amp;file…</translation>
        </message>
        <message>
            <source>&amp;İdxal et</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Yoxlanılır…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>yeni</source>
            <translation>new</translation>
        </message>
        <message>
            <source>dəyişib</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>dəyişməyib</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>İdxal edildi: {n}, dəyişməyib: {u}, xətalı sətir: {e}.</source>
            <translation>Imported: {n}, unchanged: {u}, rows with errors: {e}.</translation>
        </message>
        <message>
            <source>Yoxlama: idxal ediləcək {n}, dəyişməyib {u}, xətalı sətir {e}.</source>
            <translation>Check: {n} to import, {u} unchanged, {e} rows with errors.</translation>
        </message>
        <message>
            <source>Sətir</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>State</translation>
        </message>
        <message>
            <source>FİN / sənəd</source>
            <translation>FIN / document</translation>
        </message>
        <message>
            <source>Soyad, ad, ata adı</source>
            <translation>Surname, name, patronymic</translation>
        </message>
        <message>
            <source>İxtisas</source>
            <translation>Specialty</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Sütun</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Xəta</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Qəbul ediləcək sətirlər</source>
            <translation>Rows to import</translation>
        </message>
        <message>
            <source>Xətalı sətirlər</source>
            <translation>Rows with errors</translation>
        </message>
        <message>
            <source>Fayl oxunmur.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>Qəbul məlumatları</source>
            <translation>Admission details</translation>
        </message>
        <message>
            <source>Qəbul məlumatları tapılmadı.</source>
            <translation>No admission details were found.</translation>
        </message>
        <message>
            <source>Əvvəlki təhsil pilləsi:</source>
            <translation>Previous level of education:</translation>
        </message>
        <message>
            <source>Təhsil səviyyəsi:</source>
            <translation>Level of education:</translation>
        </message>
        <message>
            <source>Yeni sənəd yükləyə bilərsiniz.</source>
            <translation>You can upload a new document.</translation>
        </message>
        <message>
            <source>Təhsil müəssisəsi</source>
            <translation>Educational institution</translation>
        </message>
        <message>
            <source>İxtisaslaşma</source>
            <translation>Specialisation</translation>
        </message>
        <message>
            <source>Təhsilalma forması</source>
            <translation>Form of study</translation>
        </message>
        <message>
            <source>Qəbul əsası</source>
            <translation>Admission basis</translation>
        </message>
        <message>
            <source>Qəbul balı</source>
            <translation>Admission score</translation>
        </message>
        <message>
            <source>Qəbul ili</source>
            <translation>Year of admission</translation>
        </message>
        <message>
            <source>dövlət sifarişi əsasında</source>
            <translation>state-funded</translation>
        </message>
        <message>
            <source>ödənişli əsaslarla</source>
            <translation>fee-paying</translation>
        </message>
        <message>
            <source>əyani</source>
            <translation>full-time</translation>
        </message>
        <message>
            <source>qiyabi</source>
            <translation>extramural</translation>
        </message>
        <message>
            <source>axşam</source>
            <translation>evening</translation>
        </message>
        <message>
            <source>distant</source>
            <translation>distance</translation>
        </message>
        <message>
            <source>Digər</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Azərbaycanca adı Nazirlikdən gözlənilir</source>
            <translation>Azerbaijani name awaited from the Ministry</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Admission line</translation>
        </message>
        <message>
            <source>Sizin şəxsi məlumatlarınız</source>
            <translation>Your personal details</translation>
        </message>
        <message>
            <source>Aşağıdakı xanalar Sizin şəxsi məlumatlarınızdır.</source>
            <translation>The fields below are your personal details.</translation>
        </message>
        <message>
            <source>Qeydiyyat ünvanı:</source>
            <translation>Registered address:</translation>
        </message>
        <message>
            <source>Qeydiyyat ünvanı ilə yaşadığı ünvan eynidir?</source>
            <translation>Is the residential address the same as the registered address?</translation>
        </message>
        <message>
            <source>Faktiki yaşadığı ünvan:</source>
            <translation>Residential address:</translation>
        </message>
        <message>
            <source>Faktiki yaşadığı rayon:</source>
            <translation>Residential district:</translation>
        </message>
        <message>
            <source>Ölkə:</source>
            <translation>Country:</translation>
        </message>
        <message>
            <source>Əlaqə nömrəsi:</source>
            <translation>Contact number:</translation>
        </message>
        <message>
            <source>E-poçt:</source>
            <translation>Email:</translation>
        </message>
        <message>
            <source>Təkrar e-poçt:</source>
            <translation>Repeat email:</translation>
        </message>
        <message>
            <source>Vətəndaşlıq:</source>
            <translation>Citizenship:</translation>
        </message>
        <message>
            <source>FİN:</source>
            <translation>FIN:</translation>
        </message>
        <message>
            <source>Ad:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Soyad:</source>
            <translation>Surname:</translation>
        </message>
        <message>
            <source>Ata adı:</source>
            <translation>Patronymic:</translation>
        </message>
        <message>
            <source>Doğum tarixi:</source>
            <translation>Date of birth:</translation>
        </message>
        <message>
            <source>Sənədin seriya və nömrəsi:</source>
            <translation>Document series and number:</translation>
        </message>
        <message>
            <source>AZƏRBAYCAN</source>
            <translation>AZERBAIJAN</translation>
        </message>
        <message>
            <source>Artıq qeydiyyatda olan müraciətçi:</source>
            <translation>Applicant already registered:</translation>
        </message>
        <message>
            <source>Mobil nömrənin təsdiqi</source>
            <translation>Mobile number confirmation</translation>
        </message>
        <message>
            <source>GÖNDƏR</source>
            <translation>SEND</translation>
        </message>
        <message>
            <source>Mobil nömrə:</source>
            <translation>Mobile number:</translation>
        </message>
        <message>
            <source>Qeyd: Bir mobil nömrə, ancaq bir müraciətçi üçün istifadə edilə bilər.</source>
            <translation>Note: one mobile number can be used for one applicant only.</translation>
        </message>
        <message>
            <source>YENİDƏN GÖNDƏR</source>
            <translation>SEND AGAIN</translation>
        </message>
        <message>
            <source>Təsdiqləmə şifrəsi:</source>
            <translation>Confirmation code:</translation>
        </message>
        <message>
            <source>Nömrə müraciətçinin iştirakı ilə şəxsən təsdiqləndi</source>
            <translation>The number was confirmed in person with the applicant present</translation>
        </message>
        <message>
            <source>Nömrə şəxsən təsdiqləndi.</source>
            <translation>The number was confirmed in person.</translation>
        </message>
        <message>
            <source>Elektron poçt təsdiqi</source>
            <translation>Email confirmation</translation>
        </message>
        <message>
            <source>Elektron poçt ünvanı:</source>
            <translation>Email address:</translation>
        </message>
        <message>
            <source>Elektron poçt ünvanının təkrarı:</source>
            <translation>Repeat the email address:</translation>
        </message>
        <message>
            <source>Şifrənin təsdiqi</source>
            <translation>Password confirmation</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı:</source>
            <translation>Password (repeat):</translation>
        </message>
        <message>
            <source>Şifrəni göstər</source>
            <translation>Show the password</translation>
        </message>
        <message>
            <source>Qaralamada şifrə saxlanmır: şifrəni yenidən daxil edin.</source>
            <translation>Drafts do not keep passwords: enter the password again.</translation>
        </message>
        <message>
            <source>Nömrə təsdiqləndi.</source>
            <translation>The number is confirmed.</translation>
        </message>
        <message>
            <source>Təsdiqləmə şifrəsi SMS vasitəsi ilə {number} nömrəsinə göndərildi.</source>
            <translation>The confirmation code was sent by SMS to {number}.</translation>
        </message>
        <message>
            <source>Qeyd etdiyiniz nömrəni dəyişmək və ya təsdiqləmə şifrəsini yenidən göndərmək {seconds} saniyədən sonra mümkün olacaq.</source>
            <translation>You can change the number or resend the confirmation code in {seconds} seconds.</translation>
        </message>
        <message>
            <source>Təhsil haqqından azad</source>
            <translation>Exempt from tuition fees</translation>
        </message>
        <message>
            <source>Sosial baxımdan həssas əhali qrupuna aid olduğunuz kateqoriyanı seçməklə təhsil haqqı güzəştlərindən istifadə edə bilərsiniz.</source>
            <translation>By choosing the socially vulnerable group you belong to, you can claim a tuition fee exemption.</translation>
        </message>
        <message>
            <source>Əgər təhsil haqqından azad olunmaq üçün heç bir kateqoriyaya aid olmadığınızdan əminsinizsə, müraciətinizə gec cavab verilməməsi üçün birbaşa müraciət etməyiniz xahiş olunur.</source>
            <translation>If you are sure you belong to no category eligible for a tuition fee exemption, please apply directly so that your application is not answered late.</translation>
        </message>
        <message>
            <source>Sosial baxımdan həssas əhali qrupuna aidsiniz?</source>
            <translation>Do you belong to a socially vulnerable group?</translation>
        </message>
        <message>
            <source>Sosial status:</source>
            <translation>Social status:</translation>
        </message>
        <message>
            <source>Qeydlər</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Seçin</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>Sənəd məlumatları</source>
            <translation>Document details</translation>
        </message>
        <message>
            <source>Sənəd növü:</source>
            <translation>Document type:</translation>
        </message>
        <message>
            <source>YOXLA</source>
            <translation>CHECK</translation>
        </message>
        <message>
            <source>Sənədin seriya və nömrəsi</source>
            <translation>Document series and number</translation>
        </message>
        <message>
            <source>XXXXXXX</source>
            <translation>XXXXXXX</translation>
        </message>
        <message>
            <source>Fin</source>
            <translation>FIN</translation>
        </message>
        <message>
            <source>Məlumat tapılmadı.</source>
            <translation>No records found.</translation>
        </message>
        <message>
            <source>Bu şəxs idxal edilmiş qəbul siyahılarında yoxdur.</source>
            <translation>This person is not in the imported admission lists.</translation>
        </message>
        <message>
            <source>Əvvəlcə YOXLA düyməsini basın.</source>
            <translation>Press CHECK first.</translation>
        </message>
        <message>
            <source>Bu şəxs artıq qeydiyyatdadır: yeni müraciət mövcud müraciətçiyə əlavə olunacaq.</source>
            <translation>This person is already registered: the new application will be added to the existing applicant.</translation>
        </message>
        <message>
            <source>Bu şəxsin aktiv müraciəti var: {number}.</source>
            <translation>This person has an active application: {number}.</translation>
        </message>
        <message>
            <source>Portal şifrəsinin bərpası</source>
            <translation>Portal password reset</translation>
        </message>
        <message>
            <source>Axtarış</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Miqrasiya sənədi</source>
            <translation>Migration document</translation>
        </message>
        <message>
            <source>&amp;Axtar</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Tapılan müraciətçilər</source>
            <translation>Applicants found</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Şifrənin təkrarı</source>
            <translation>Password (repeat)</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>SAVE</translation>
        </message>
        <message>
            <source>Yeni şifrə yadda saxlanıldı.</source>
            <translation>The new password has been saved.</translation>
        </message>
        <message>
            <source>Daxil etdiyiniz məlumatların doğruluğunu təsdiq edirsinizmi?</source>
            <translation>Do you confirm that the details you entered are correct?</translation>
        </message>
        <message>
            <source>DİQQƏT!</source>
            <translation>ATTENTION!</translation>
        </message>
        <message>
            <source>Hörmətli Müraciətçi, müraciəti təsdiq etdikdən sonra məlumatların dəyişdirilməsi mümkün olmayacaqdır!</source>
            <translation>Dear Applicant, once the application is confirmed the details can no longer be changed!</translation>
        </message>
        <message>
            <source>Bildiriş</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Müraciətiniz uğurla göndərildi.</source>
            <translation>Your application has been sent.</translation>
        </message>
        <message>
            <source>Ümumi məlumatlar</source>
            <translation>General information</translation>
        </message>
        <message>
            <source>İrəliləyiş</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Qəbzi çap et…</source>
            <translation>Print the receipt…</translation>
        </message>
        <message>
            <source>Şəxsi məlumatlar</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <source>Müraciətin nömrəsi: </source>
            <translation>Application number: </translation>
        </message>
        <message>
            <source>&lt; GERİ</source>
            <translation>&lt; BACK</translation>
        </message>
        <message>
            <source>NÖVBƏTİ &gt;</source>
            <translation>NEXT &gt;</translation>
        </message>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>APPLY</translation>
        </message>
        <message>
            <source>TƏSDİQ ET</source>
            <translation>CONFIRM</translation>
        </message>
        <message>
            <source>Qaralama saxlanılır; sonra davam etmək olar.</source>
            <translation>The draft is being saved; you can continue later.</translation>
        </message>
        <message>
            <source>Müraciətin qəbzi</source>
            <translation>Application receipt</translation>
        </message>
        <message>
            <source>Qaralama saxlanıldı: </source>
            <translation>Draft saved: </translation>
        </message>
        <message>
            <source>ŞƏXSİ KABİNET</source>
            <translation>PERSONAL ACCOUNT</translation>
        </message>
        <message>
            <source>ALİ VƏ ORTA İXTİSAS TƏHSİLİ MÜƏSSİSƏLƏRİNƏ TƏHSİLƏN QEYDİYYATI</source>
            <translation>STUDENT REGISTRATION AT HIGHER AND SECONDARY SPECIALISED EDUCATION INSTITUTIONS</translation>
        </message>
    </context>
    <context>
        <name>IssueTableModel</name>
        <message>
            <source>Növ</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Qeyd</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Ziddiyyət</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Paralel qərarlar</source>
            <translation>Concurrent decisions</translation>
        </message>
        <message>
            <source>Mərkəz qəbul etmədi</source>
            <translation>Central refused</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Nazirliyin razılıq məktubu</source>
            <translation>Ministry consent letter</translation>
        </message>
        <message>
            <source>Nazirliyin məktubu (akademik arayış blankı)</source>
            <translation>Ministry letter (academic transcript form)</translation>
        </message>
        <message>
            <source>Şəxsi iş</source>
            <translation>Personal file</translation>
        </message>
        <message>
            <source>Digər</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Məktubun nömrəsi</source>
            <translation>Letter number</translation>
        </message>
        <message>
            <source>Göndərən</source>
            <translation>Sender</translation>
        </message>
        <message>
            <source>Məktubun növü</source>
            <translation>Letter type</translation>
        </message>
        <message>
            <source>Alınma tarixi</source>
            <translation>Date received</translation>
        </message>
        <message>
            <source>İş</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Skan əlavə et…</source>
            <translation>Attach a scan…</translation>
        </message>
        <message>
            <source>Skan əlavə et</source>
            <translation>Attach a scan</translation>
        </message>
        <message>
            <source>Qeydə al</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Yeni məktub</source>
            <translation>New letter</translation>
        </message>
        <message>
            <source>Skan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>Daxil olan məktublar</source>
            <translation>Incoming letters</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Alınıb</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Başlayan müddət</source>
            <translation>Deadline started</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Ekran kilidlənib</source>
            <translation>The screen is locked</translation>
        </message>
        <message>
            <source>Davam etmək üçün şifrənizi daxil edin: </source>
            <translation>Enter your password to continue: </translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>CONTINUE &gt;</translation>
        </message>
        <message>
            <source>Kilidi aç</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Proqramdan çıx</source>
            <translation>Quit the program</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Şifrəni daxil edin.</source>
            <translation>Enter the password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Bölmələr</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Açıq bölmə</source>
            <translation>Open section</translation>
        </message>
        <message>
            <source>Bu rol üçün açıq bölmə yoxdur.</source>
            <translation>No section is open to this role.</translation>
        </message>
        <message>
            <source>&amp;Fayl</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Parametrlər…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Parametrləri yalnız inzibatçı dəyişə bilər.</source>
            <translation>Only an administrator can change the settings.</translation>
        </message>
        <message>
            <source>Məlumatların saxlanma müddəti…</source>
            <translation>Data retention…</translation>
        </message>
        <message>
            <source>Çı&amp;xış</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Kömək</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Proqram haqqında</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>İş yeri: </source>
            <translation>Workstation: </translation>
        </message>
        <message>
            <source>Müəssisə: </source>
            <translation>Institution: </translation>
        </message>
        <message>
            <source>yaddaşda</source>
            <translation>in memory</translation>
        </message>
        <message>
            <source>Baza: </source>
            <translation>Database: </translation>
        </message>
        <message>
            <source>İstifadəçi: </source>
            <translation>User: </translation>
        </message>
        <message>
            <source>Ali təhsil müəssisələrinin qeydiyyat şöbələri üçün masaüstü proqram. Versiya {v}.</source>
            <translation>A desktop application for the registrar offices of higher-education institutions. Version {v}.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazıldı.</source>
            <translation>Backup written.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılmadı: </source>
            <translation>Backup not written: </translation>
        </message>
        <message>
            <source>Çıxışdan əvvəl ehtiyat nüsxə yazılır…</source>
            <translation>Writing the backup before exit…</translation>
        </message>
        <message>
            <source>Çıxışda ehtiyat nüsxə yazılmadı: </source>
            <translation>The backup on exit was not written: </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Bağla</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>MinistryDesk</name>
        <message>
            <source>Müraciətlər növbəsi</source>
            <translation>Application queue</translation>
        </message>
        <message>
            <source>Qərarın statusu</source>
            <translation>Decision status</translation>
        </message>
        <message>
            <source>Sənədlərin yoxlanılması (2.9, 2.10)</source>
            <translation>Document checks (2.9, 2.10)</translation>
        </message>
        <message>
            <source>Təsdiq ediləcək məqamlar</source>
            <translation>Points to confirm</translation>
        </message>
        <message>
            <source>Əsaslandırma</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Məktubun tarixi</source>
            <translation>Letter date</translation>
        </message>
        <message>
            <source>Təsdiq et</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Rədd et</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Nazirlik masası</source>
            <translation>Ministry desk</translation>
        </message>
        <message>
            <source>Sənəd seçin</source>
            <translation>Choose a document</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Hazırkı müəssisə</source>
            <translation>Current institution</translation>
        </message>
        <message>
            <source>Yeni müəssisə</source>
            <translation>New institution</translation>
        </message>
        <message>
            <source>Təqdim edilib</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Sənədlər</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Fayl əlavə et…</source>
            <translation>Attach a file…</translation>
        </message>
        <message>
            <source>Tamdır</source>
            <translation>Complete</translation>
        </message>
        <message>
            <source>Natamamdır</source>
            <translation>Incomplete</translation>
        </message>
        <message>
            <source>Təsdiq edilib</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Seçilmiş müraciət yoxdur</source>
            <translation>No application selected</translation>
        </message>
        <message>
            <source>Yoxdur</source>
            <translation>None</translation>
        </message>
        <message>
            <source>İş açıldı: %1</source>
            <translation>Case opened: %1</translation>
        </message>
        <message>
            <source>Fayl əlavə et: %1</source>
            <translation>Attach a file: %1</translation>
        </message>
        <message>
            <source>%1 məqamını yoxladım</source>
            <translation>I have checked %1</translation>
        </message>
        <message>
            <source>Məktub %1 → %2: %3</source>
            <translation>Letter %1 → %2: %3</translation>
        </message>
    </context>
    <context>
        <name>Movements</name>
        <message>
            <source>Təhsil səviyyəsi</source>
            <translation>Level of education</translation>
        </message>
        <message>
            <source>Köçürmə növləri</source>
            <translation>Transfer types</translation>
        </message>
        <message>
            <source>Mənşə</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>Vətəndaşlıq</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Hazırkı ali təhsil müəssisəsi</source>
            <translation>Current higher education institution</translation>
        </message>
        <message>
            <source>Yeni ali təhsil müəssisəsi</source>
            <translation>New higher education institution</translation>
        </message>
        <message>
            <source>Təhsil forması</source>
            <translation>Form of study</translation>
        </message>
        <message>
            <source>Qəbul olunduğu ixtisas</source>
            <translation>Specialty of admission</translation>
        </message>
        <message>
            <source>Hazırkı ixtisas</source>
            <translation>Current specialty</translation>
        </message>
        <message>
            <source>Yeni ixtisas</source>
            <translation>New specialty</translation>
        </message>
        <message>
            <source>Birinci semestr bitib</source>
            <translation>First semester completed</translation>
        </message>
        <message>
            <source>Köçürmə tarixi</source>
            <translation>Transfer date</translation>
        </message>
        <message>
            <source>Qəbul əsası</source>
            <translation>Admission basis</translation>
        </message>
        <message>
            <source>DİM balı</source>
            <translation>State Examination Centre score</translation>
        </message>
        <message>
            <source>Qəbul ili</source>
            <translation>Year of admission</translation>
        </message>
        <message>
            <source>Yeni ixtisas üzrə keçid balı</source>
            <translation>Passing score for the new specialty</translation>
        </message>
        <message>
            <source>Maliyyələşmə</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Haqqı üçüncü şəxs ödəyir</source>
            <translation>Fees paid by a third party</translation>
        </message>
        <message>
            <source>Təhsil haqqı borcu var</source>
            <translation>Tuition fee debt outstanding</translation>
        </message>
        <message>
            <source>Nazirlik məktubu alınıb</source>
            <translation>Ministry letter received</translation>
        </message>
        <message>
            <source>Razılıq məktubu alınıb</source>
            <translation>Consent letter received</translation>
        </message>
        <message>
            <source>Şəxsi iş alınıb</source>
            <translation>Personal file received</translation>
        </message>
        <message>
            <source>Yeni tələbənin məlumatları</source>
            <translation>New student's details</translation>
        </message>
        <message>
            <source>Haradan</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Xaric olunduğu müəssisə</source>
            <translation>Institution that expelled the student</translation>
        </message>
        <message>
            <source>Bərpa olunacağı müəssisə</source>
            <translation>Institution of restoration</translation>
        </message>
        <message>
            <source>Xaric olunma tarixi</source>
            <translation>Date of expulsion</translation>
        </message>
        <message>
            <source>Xaric olunma əsası</source>
            <translation>Grounds for expulsion</translation>
        </message>
        <message>
            <source>Bərpa əmrinin tarixi</source>
            <translation>Date of the restoration order</translation>
        </message>
        <message>
            <source>Öz ixtisası</source>
            <translation>Own specialty</translation>
        </message>
        <message>
            <source>Bərpa olunacağı ixtisas</source>
            <translation>Specialty of restoration</translation>
        </message>
        <message>
            <source>Keçid balı</source>
            <translation>Passing score</translation>
        </message>
        <message>
            <source>Əsas</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Başlama tarixi</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Bitmə tarixi</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Komissiya arayışının bitmə tarixi</source>
            <translation>Expiry date of the commission certificate</translation>
        </message>
        <message>
            <source>Qayıdış tarixi</source>
            <translation>Return date</translation>
        </message>
        <message>
            <source>Əmrin tarixi</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Öz proqramı dayandırılıb</source>
            <translation>Own programme discontinued</translation>
        </message>
        <message>
            <source>Komissiya arayışı var</source>
            <translation>Commission certificate present</translation>
        </message>
        <message>
            <source>Yeni tədris ili üçün qeydiyyatdan keçib</source>
            <translation>Registered for the new academic year</translation>
        </message>
        <message>
            <source>Son əlaqə tarixi</source>
            <translation>Date of last contact</translation>
        </message>
        <message>
            <source>Tədris ilinin başlama ili</source>
            <translation>Starting year of the academic year</translation>
        </message>
        <message>
            <source>Hərbi qeydiyyatdadır</source>
            <translation>On the military register</translation>
        </message>
        <message>
            <source>Daxil olan köçürmə</source>
            <translation>Incoming transfer</translation>
        </message>
        <message>
            <source>Gedən köçürmə</source>
            <translation>Outgoing transfer</translation>
        </message>
        <message>
            <source>Xaricdən köçürmə</source>
            <translation>Transfer from abroad</translation>
        </message>
        <message>
            <source>İxtisasın və ya təhsil formasının dəyişdirilməsi</source>
            <translation>Change of specialty or form of study</translation>
        </message>
        <message>
            <source>Bərpa</source>
            <translation>Restoration</translation>
        </message>
        <message>
            <source>Akademik məzuniyyət</source>
            <translation>Academic leave</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdən qayıdış</source>
            <translation>Return from academic leave</translation>
        </message>
        <message>
            <source>Xaric olunma</source>
            <translation>Expulsion</translation>
        </message>
        <message>
            <source>Uyğundur</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Razılıq tələb olunur</source>
            <translation>Consent required</translation>
        </message>
        <message>
            <source>Nazirliyin mülahizəsinə</source>
            <translation>At the Ministry's discretion</translation>
        </message>
        <message>
            <source>Uyğun deyil</source>
            <translation>Not eligible</translation>
        </message>
        <message>
            <source>Hələ tezdir</source>
            <translation>Too early</translation>
        </message>
        <message>
            <source>Qaydaların əhatəsindən kənar</source>
            <translation>Outside the scope of the Regulations</translation>
        </message>
        <message>
            <source>Şərt ödənilməyib</source>
            <translation>Condition not met</translation>
        </message>
        <message>
            <source>Açıq</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Qərar qeyd edilib</source>
            <translation>Decision recorded</translation>
        </message>
        <message>
            <source>Əmr verilib</source>
            <translation>Order issued</translation>
        </message>
        <message>
            <source>Nazirliyə təqdim edilib</source>
            <translation>Submitted to the Ministry</translation>
        </message>
        <message>
            <source>Təsdiq edilib</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Rədd edilib</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Xaric etmə əmri (2.12)</source>
            <translation>Expulsion order (2.12)</translation>
        </message>
        <message>
            <source>Tələbələr sırasına daxil etmə əmri</source>
            <translation>Order of enrolment among the students</translation>
        </message>
        <message>
            <source>Hərbi möhlətin itirilməsi</source>
            <translation>Loss of military deferment</translation>
        </message>
        <message>
            <source>Hərbi qeydiyyat orqanına bildiriş</source>
            <translation>Notice to the military registration office</translation>
        </message>
        <message>
            <source>Bərpanın ən erkən tarixi</source>
            <translation>Earliest restoration date</translation>
        </message>
        <message>
            <source>Bərpanın son tarixi</source>
            <translation>Latest restoration date</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətin sonu</source>
            <translation>End of academic leave</translation>
        </message>
        <message>
            <source>Dövlət sifarişi ilə davam edə bilər</source>
            <translation>May continue state-funded</translation>
        </message>
        <message>
            <source>Ödənişli</source>
            <translation>Fee-paying</translation>
        </message>
        <message>
            <source>Müəyyən edilməyib</source>
            <translation>Not determined</translation>
        </message>
        <message>
            <source>Dəyişmir</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Bal kifayətdir</source>
            <translation>Score sufficient</translation>
        </message>
        <message>
            <source>Bal kifayət deyil</source>
            <translation>Score insufficient</translation>
        </message>
        <message>
            <source>Bal nəzərə alınmır</source>
            <translation>Score not considered</translation>
        </message>
        <message>
            <source>Bal tətbiq edilmir</source>
            <translation>Score not applicable</translation>
        </message>
        <message>
            <source>Bal məlumatı yoxdur</source>
            <translation>No score data</translation>
        </message>
        <message>
            <source>Elm və Təhsil Nazirliyi</source>
            <translation>Ministry of Science and Education</translation>
        </message>
        <message>
            <source>Təsisçi orqan</source>
            <translation>Founding body</translation>
        </message>
        <message>
            <source>Təhsil haqqını ödəyən</source>
            <translation>Fee payer</translation>
        </message>
        <message>
            <source>Xaric etmə</source>
            <translation>Expulsion</translation>
        </message>
        <message>
            <source>Köçürmə (gedən)</source>
            <translation>Transfer (outgoing)</translation>
        </message>
        <message>
            <source>Köçürmə (daxil olan)</source>
            <translation>Transfer (incoming)</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdış</source>
            <translation>Return from leave</translation>
        </message>
        <message>
            <source>İxtisas dəyişikliyi</source>
            <translation>Change of specialty</translation>
        </message>
        <message>
            <source>Təhsil alır</source>
            <translation>Studying</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdə</source>
            <translation>On academic leave</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdıb</source>
            <translation>Returned from leave</translation>
        </message>
        <message>
            <source>Xaric olunub</source>
            <translation>Expelled</translation>
        </message>
        <message>
            <source>Bərpa olunub</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Köçürülüb (gedən)</source>
            <translation>Transferred (outgoing)</translation>
        </message>
        <message>
            <source>Köçürülüb (daxil olan)</source>
            <translation>Transferred (incoming)</translation>
        </message>
        <message>
            <source>İxtisası dəyişib</source>
            <translation>Specialty changed</translation>
        </message>
        <message>
            <source>İş açıldı</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Faktlar saxlanıldı</source>
            <translation>Facts saved</translation>
        </message>
        <message>
            <source>Sənəd əlavə edildi</source>
            <translation>Document attached</translation>
        </message>
        <message>
            <source>Qərar qeyd edildi</source>
            <translation>Decision recorded</translation>
        </message>
        <message>
            <source>Əmr verildi</source>
            <translation>Order issued</translation>
        </message>
        <message>
            <source>Məktub qeydə alındı</source>
            <translation>Letter registered</translation>
        </message>
        <message>
            <source>Nazirlik təsdiq etdi</source>
            <translation>The Ministry approved</translation>
        </message>
        <message>
            <source>Nazirlik rədd etdi</source>
            <translation>The Ministry refused</translation>
        </message>
        <message>
            <source>Nazirliyə təqdim edildi</source>
            <translation>Submitted to the Ministry</translation>
        </message>
        <message>
            <source>Toplu xaric etmə (3.1.5)</source>
            <translation>Bulk expulsion (3.1.5)</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>İmzalayan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <source>Əmr ver</source>
            <translation>Issue the order</translation>
        </message>
        <message>
            <source>İmtina</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Yeni tədris ili üçün qeydiyyatdan keçməyən və əlaqə saxlamayan tələbələr</source>
            <translation>Students who did not register for the new academic year and made no contact</translation>
        </message>
        <message>
            <source>Heç bir tələbə seçilməyib</source>
            <translation>No student selected</translation>
        </message>
        <message>
            <source>İşin vəziyyəti</source>
            <translation>Case status</translation>
        </message>
        <message>
            <source>Faktları &amp;saxla</source>
            <translation>&amp;Save the facts</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi…</source>
            <translation>Credit comparison…</translation>
        </message>
        <message>
            <source>Kreditlərin müqayisəsi</source>
            <translation>Credit comparison</translation>
        </message>
        <message>
            <source>Qərarı qeyd et</source>
            <translation>Record the decision</translation>
        </message>
        <message>
            <source>Əmr</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Əmrin mətni</source>
            <translation>Order text</translation>
        </message>
        <message>
            <source>Yeni ixtisasın kodu yoxdur</source>
            <translation>The new specialty has no code</translation>
        </message>
        <message>
            <source>Əmr nömrəsi: %1</source>
            <translation>Order number: %1</translation>
        </message>
        <message>
            <source>Qərarın statusu</source>
            <translation>Decision status</translation>
        </message>
        <message>
            <source>Qərarın əsasları</source>
            <translation>Grounds for the decision</translation>
        </message>
        <message>
            <source>Tələb olunan sənədlər</source>
            <translation>Required documents</translation>
        </message>
        <message>
            <source>Təsdiq ediləcək məqamlar</source>
            <translation>Points to confirm</translation>
        </message>
        <message>
            <source>Müddətlər</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Sənəd seçin</source>
            <translation>Choose a document</translation>
        </message>
        <message>
            <source>Sənədlər (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Əmrdən sonra</source>
            <translation>After the order</translation>
        </message>
        <message>
            <source>Sil</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Fayl əlavə et…</source>
            <translation>Attach a file…</translation>
        </message>
        <message>
            <source>Qərar yoxdur</source>
            <translation>No decision</translation>
        </message>
        <message>
            <source>Sənəd tələb olunmur</source>
            <translation>No document required</translation>
        </message>
        <message>
            <source>Yoxdur</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Qərar verən bəndlər</source>
            <translation>Deciding paragraphs</translation>
        </message>
        <message>
            <source>Bal</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Faylı sil: %1</source>
            <translation>Delete the file: %1</translation>
        </message>
        <message>
            <source>Fayl əlavə et: %1</source>
            <translation>Attach a file: %1</translation>
        </message>
        <message>
            <source>%1 məqamını yoxladım</source>
            <translation>I have checked %1</translation>
        </message>
        <message>
            <source>Razılıqlar</source>
            <translation>Consents</translation>
        </message>
        <message>
            <source>Sonrakı ödəniş əsası</source>
            <translation>Subsequent payment basis</translation>
        </message>
        <message>
            <source>Tətil dövründən kənar</source>
            <translation>Outside the vacation period</translation>
        </message>
        <message>
            <source>Səbəblər</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Düzgün yazılmayıb: %1</source>
            <translation>Not written correctly: %1</translation>
        </message>
        <message>
            <source>yoxlanılmayıb</source>
            <translation>not checked</translation>
        </message>
        <message>
            <source>Ali təhsil müəssisəsi</source>
            <translation>Higher education institution</translation>
        </message>
        <message>
            <source>Xarici ali təhsil müəssisəsi</source>
            <translation>Foreign higher education institution</translation>
        </message>
        <message>
            <source>Ölkə</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Müəssisənin adı</source>
            <translation>Institution name</translation>
        </message>
        <message>
            <source>Akkreditasiya olunub</source>
            <translation>Accredited</translation>
        </message>
        <message>
            <source>%1 qrup</source>
            <translation>%1 groups</translation>
        </message>
        <message>
            <source>İşin növü</source>
            <translation>Case type</translation>
        </message>
        <message>
            <source>Tələbə nömrəsi və ya adı</source>
            <translation>Student number or name</translation>
        </message>
        <message>
            <source>Yeni iş aç</source>
            <translation>Open a new case</translation>
        </message>
        <message>
            <source>Toplu xaric etmə (3.1.5)…</source>
            <translation>Bulk expulsion (3.1.5)…</translation>
        </message>
        <message>
            <source>İşlər</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>&amp;Aç</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Aç</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Tələbə hərəkəti</source>
            <translation>Student movement</translation>
        </message>
        <message>
            <source>← İşlərə qayıt</source>
            <translation>← Back to cases</translation>
        </message>
        <message>
            <source>İşlərə qayıt</source>
            <translation>Back to cases</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Tələbə</source>
            <translation>Student</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Qərar</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Tapılan tələbələr (yeni iş üçün birini seçin)</source>
            <translation>Students found (choose one for the new case)</translation>
        </message>
        <message>
            <source>Ali təhsil müəssisəsini dəyişmək</source>
            <translation>Change of higher education institution</translation>
        </message>
        <message>
            <source>İxtisası dəyişmək</source>
            <translation>Change of specialty</translation>
        </message>
        <message>
            <source>Təhsil formasını dəyişmək</source>
            <translation>Change of form of study</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <source>Əmrin növü</source>
            <translation>Order type</translation>
        </message>
        <message>
            <source>Hamısı</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Əmrlər reyestri</source>
            <translation>Register of orders</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Növ</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Bənd</source>
            <translation>Paragraph</translation>
        </message>
        <message>
            <source>İmzalayan</source>
            <translation>Signatory</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Students</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Ümumi baxış</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Göstəriciləri yenilə</source>
            <translation>Refresh the figures</translation>
        </message>
        <message>
            <source>Müraciətlər</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>Mərkəzi bazaya göndərilməmiş dəyişikliklər</source>
            <translation>Changes not yet sent to the central database</translation>
        </message>
        <message>
            <source>Son ehtiyat nüsxə</source>
            <translation>Last backup</translation>
        </message>
        <message>
            <source>Bu baza üçün avtomatik ehtiyat nüsxə yoxdur.</source>
            <translation>This database has no automatic backups.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə hələ yoxdur.</source>
            <translation>No backup yet.</translation>
        </message>
        <message>
            <source>Göstəriciləri yükləmək alınmadı: </source>
            <translation>The figures could not be loaded: </translation>
        </message>
        <message>
            <source>Qaralama</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Göndərilib</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Baxılır</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənib</source>
            <translation>Fee exemption confirmed</translation>
        </message>
        <message>
            <source>Güzəşt təsdiqlənməyib</source>
            <translation>Fee exemption not confirmed</translation>
        </message>
        <message>
            <source>Qeydiyyata alınıb</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>İmtina edilib</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Təhsil alır</source>
            <translation>Studying</translation>
        </message>
        <message>
            <source>Akademik məzuniyyətdə</source>
            <translation>On academic leave</translation>
        </message>
        <message>
            <source>Məzuniyyətdən qayıdıb</source>
            <translation>Returned from leave</translation>
        </message>
        <message>
            <source>Xaric edilib</source>
            <translation>Expelled</translation>
        </message>
        <message>
            <source>Bərpa edilib</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Başqa müəssisəyə köçürülüb</source>
            <translation>Transferred to another institution</translation>
        </message>
        <message>
            <source>Köçürmə ilə qəbul edilib</source>
            <translation>Admitted by transfer</translation>
        </message>
        <message>
            <source>Məzun olub</source>
            <translation>Graduated</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Şifrə ifadəsi</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Bu kompüterdə açarları saxlamaq üçün keyring yoxdur. Yeni verilənlər bazası {name} sizin şifrə ifadənizlə şifrələnəcək. Şifrə ifadəsi heç yerdə saxlanılmır: onu unutsanız, bazanı açmaq mümkün olmayacaq.</source>
            <translation>This computer has no keyring to keep keys in. The new database {name} will be encrypted with your passphrase. The passphrase is stored nowhere: if you forget it, the database cannot be opened.</translation>
        </message>
        <message>
            <source>Bu kompüterdə keyring yoxdur. {name} bazasını açmaq üçün şifrə ifadəsini daxil edin.</source>
            <translation>This computer has no keyring. Enter the passphrase to open the database {name}.</translation>
        </message>
        <message>
            <source>Şifrə ifadəsinin təkrarı</source>
            <translation>Passphrase (repeat)</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>CONTINUE &gt;</translation>
        </message>
        <message>
            <source>Bazanı aç</source>
            <translation>Open the database</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Şifrə ifadəsi:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Şifrə ifadəsinin təkrarı:</source>
            <translation>Passphrase (repeat):</translation>
        </message>
        <message>
            <source>Şifrə ifadəsi ən azı {n} simvol olmalıdır.</source>
            <translation>The passphrase must have at least {n} characters.</translation>
        </message>
        <message>
            <source>Şifrə ifadələri eyni deyil.</source>
            <translation>The passphrases differ.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Çap et</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>PDF kimi saxla</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Çap</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>PDF sənədləri (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Saxla</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>PdfViewer</name>
        <message>
            <source>PDF sənəd</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <source>Böyüt</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Kiçilt</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Enə sığdır</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <source>Səhifə sayı: </source>
            <translation>Pages: </translation>
        </message>
    </context>
    <context>
        <name>QueueFilterBar</name>
        <message>
            <source>Ad, FİN, nömrə və ya telefon</source>
            <translation>Name, FIN, number or phone</translation>
        </message>
        <message>
            <source>Axtarış</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Bütün statuslar</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Bütün qəbul xətləri</source>
            <translation>All admission lines</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Admission line</translation>
        </message>
        <message>
            <source>Güzəşt: hamısı</source>
            <translation>Exemption: all</translation>
        </message>
        <message>
            <source>Güzəşt</source>
            <translation>Exemption</translation>
        </message>
        <message>
            <source>Güzəşt istənib</source>
            <translation>Exemption requested</translation>
        </message>
        <message>
            <source>Güzəşt istənməyib</source>
            <translation>No exemption requested</translation>
        </message>
        <message>
            <source>Bütün əməkdaşlar</source>
            <translation>All staff</translation>
        </message>
        <message>
            <source>Baxan əməkdaş</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Təyin edilməyib</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>Tarix:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Təsdiq tarixinə görə süz</source>
            <translation>Filter by confirmation date</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Səbəb</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Səbəbi yazın (mütləqdir).</source>
            <translation>Write the reason (required).</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Məlumatların saxlanma müddəti</source>
            <translation>Data retention</translation>
        </message>
        <message>
            <source>Qəbul kampaniyasının bağlandığı gün</source>
            <translation>Day the admission campaign closed</translation>
        </message>
        <message>
            <source> il</source>
            <translation> years</translation>
        </message>
        <message>
            <source>İmtina edilmiş müraciətlərin saxlanma müddəti</source>
            <translation>Retention period of rejected applications</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Önizləmə</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>SİL</source>
            <translation>DELETE</translation>
        </message>
        <message>
            <source>Bağla</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Qəbul kampaniyası bağlanana qədər son dəfə dəyişdirilmiş qaralamalar və göstərilən müddətdən əvvəl imtina edilmiş müraciətlər silinir. Əvvəlcə önizləməyə baxın.</source>
            <translation>Drafts last changed before the admission campaign closed, and applications rejected before the given period, are deleted. Look at the preview first.</translation>
        </message>
        <message>
            <source>Qəbul kampaniyası bağlandı:</source>
            <translation>Admission campaign closed:</translation>
        </message>
        <message>
            <source>İmtina edilmiş müraciətlər saxlanılır:</source>
            <translation>Rejected applications are kept for:</translation>
        </message>
        <message>
            <source>Səbəb:</source>
            <translation>Reason:</translation>
        </message>
        <message numerus="yes">
            <source>Qaralamalar: %n</source>
            <translation>
                <numerusform>Drafts: %n</numerusform>
                <numerusform>Drafts: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Qaralamaların faylları: %n</source>
            <translation>
                <numerusform>Draft files: %n</numerusform>
                <numerusform>Draft files: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>İmtina edilmiş müraciətlər: %n</source>
            <translation>
                <numerusform>Rejected applications: %n</numerusform>
                <numerusform>Rejected applications: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cavablar: %n</source>
            <translation>
                <numerusform>Answers: %n</numerusform>
                <numerusform>Answers: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sənədlər: %n</source>
            <translation>
                <numerusform>Documents: %n</numerusform>
                <numerusform>Documents: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Təhsil haqqından azadolma müraciətləri: %n</source>
            <translation>
                <numerusform>Fee-exemption requests: %n</numerusform>
                <numerusform>Fee-exemption requests: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sübut sənədlərinə baxış qeydləri: %n</source>
            <translation>
                <numerusform>Evidence review records: %n</numerusform>
                <numerusform>Evidence review records: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Status qeydləri: %n</source>
            <translation>
                <numerusform>Status records: %n</numerusform>
                <numerusform>Status records: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fayllar (sübutlar): %n</source>
            <translation>
                <numerusform>Files (evidence): %n</numerusform>
                <numerusform>Files (evidence): %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Önizləmə (heç nə dəyişdirilməyib):</source>
            <translation>Preview (nothing has been changed):</translation>
        </message>
        <message>
            <source>Silindi:</source>
            <translation>Deleted:</translation>
        </message>
        <message numerus="yes">
            <source>%n qeyd birdəfəlik silinəcək. Davam edilsin?</source>
            <translation>
                <numerusform>%n records will be deleted for good. Continue?</numerusform>
                <numerusform>%n records will be deleted for good. Continue?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Müraciətlər</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Müraciətlər siyahısı</source>
            <translation>List of applications</translation>
        </message>
        <message>
            <source>Təyin et…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <source>Seçilənləri qəbul et…</source>
            <translation>Accept the selected…</translation>
        </message>
        <message>
            <source>Yenilə</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Uyğun gələn: …</source>
            <translation>Matching: …</translation>
        </message>
        <message>
            <source>Uyğun gələn: </source>
            <translation>Matching: </translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Ümumi baxış</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>MÜRACİƏT ET</source>
            <translation>APPLY</translation>
        </message>
        <message>
            <source>Müraciətlər</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Tələbə hərəkəti</source>
            <translation>Student movement</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>Daxil olan məktublar</source>
            <translation>Incoming letters</translation>
        </message>
        <message>
            <source>Müddətlər</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Əmrlər</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Nazirlik masası</source>
            <translation>Ministry desk</translation>
        </message>
        <message>
            <source>İdarə paneli</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Audit jurnalı</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Sinxronlaşma ziddiyyətləri</source>
            <translation>Sync conflicts</translation>
        </message>
        <message>
            <source>Sənədlər</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Sənəd şablonları</source>
            <translation>Document templates</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Parametrlər</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Müəssisə</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Yerli bazanın faylı</source>
            <translation>Local database file</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələrin sayı</source>
            <translation>Number of backups kept</translation>
        </message>
        <message>
            <source>İndi ehtiyat nüsxə çıxar</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın ünvanı (URL)</source>
            <translation>Central database address (URL)</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın istifadəçisi</source>
            <translation>Central database user</translation>
        </message>
        <message>
            <source>Mərkəzi bazanın şifrəsi</source>
            <translation>Central database password</translation>
        </message>
        <message>
            <source>dəyişməmək üçün boş saxlayın</source>
            <translation>leave empty to keep it unchanged</translation>
        </message>
        <message>
            <source>İnterfeysin dili</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>YADDA SAXLA</source>
            <translation>SAVE</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Müəssisə:</source>
            <translation>Institution:</translation>
        </message>
        <message>
            <source>Yerli baza</source>
            <translation>Local database</translation>
        </message>
        <message>
            <source>Fayl:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələr:</source>
            <translation>Backups kept:</translation>
        </message>
        <message>
            <source>Mərkəzi baza</source>
            <translation>Central database</translation>
        </message>
        <message>
            <source>URL:</source>
            <translation>URL:</translation>
        </message>
        <message>
            <source>İstifadəçi:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Dil</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>İnterfeysin dili:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <source>Dil və müəssisə dəyişikliyi proqram yenidən açıldıqdan sonra qüvvəyə minir.</source>
            <translation>A change of language or institution takes effect when the application is started again.</translation>
        </message>
        <message>
            <source>Saxlanılan ehtiyat nüsxələr</source>
            <translation>Backups kept</translation>
        </message>
        <message>
            <source>Bu baza üçün avtomatik ehtiyat nüsxə yoxdur.</source>
            <translation>This database has no automatic backups.</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə hələ yoxdur.</source>
            <translation>No backup yet.</translation>
        </message>
        <message>
            <source>Son ehtiyat nüsxə: </source>
            <translation>Last backup: </translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılır…</source>
            <translation>Writing the backup…</translation>
        </message>
        <message>
            <source>Ehtiyat nüsxə yazılmadı: </source>
            <translation>Backup not written: </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Giriş</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>İstifadəçi adı</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>DAVAM ET &gt;</source>
            <translation>CONTINUE &gt;</translation>
        </message>
        <message>
            <source>Daxil ol</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>İstifadəçi adı:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Şifrə:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>İstifadəçi adını və şifrəni daxil edin.</source>
            <translation>Enter the user name and the password.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Daxili xəta: </source>
            <translation>Internal error: </translation>
        </message>
        <message>
            <source>Nümunə bazası hazırlanır…</source>
            <translation>Preparing the demo database…</translation>
        </message>
        <message>
            <source>Ləğv et</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Nümunə bazası: istifadəçi adı {user}, şifrə {password}</source>
            <translation>Demo database: user name {user}, password {password}</translation>
        </message>
    </context>
    <context>
        <name>StatusCountsBar</name>
        <message>
            <source>Cəmi</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Cəmi: </source>
            <translation>Total: </translation>
        </message>
    </context>
    <context>
        <name>StepBar</name>
        <message>
            <source>Sənəd məlumatları</source>
            <translation>Document details</translation>
        </message>
        <message>
            <source>Mobil nömrə</source>
            <translation>Mobile number</translation>
        </message>
        <message>
            <source>Elektron poçt</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Şifrə</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Qəbul xətti</source>
            <translation>Admission line</translation>
        </message>
        <message>
            <source>Şəxsi məlumatlar</source>
            <translation>Personal details</translation>
        </message>
        <message>
            <source>Qəbul məlumatları</source>
            <translation>Admission details</translation>
        </message>
        <message>
            <source>Təhsil haqqından azad</source>
            <translation>Exempt from tuition fees</translation>
        </message>
        <message>
            <source>Təhsil haqqının ödənişi</source>
            <translation>Tuition fee payment</translation>
        </message>
    </context>
    <context>
        <name>Students</name>
        <message>
            <source>Tələbə nömrəsi və ya adı</source>
            <translation>Student number or name</translation>
        </message>
        <message>
            <source>Tələbələri idxal et…</source>
            <translation>Import students…</translation>
        </message>
        <message>
            <source>Qiymət cədvəlini idxal et…</source>
            <translation>Import the grade sheet…</translation>
        </message>
        <message>
            <source>Tələbələr</source>
            <translation>Students</translation>
        </message>
        <message>
            <source>Statusların tarixçəsi</source>
            <translation>Status history</translation>
        </message>
        <message>
            <source>Tələbələr reyestri</source>
            <translation>Student register</translation>
        </message>
        <message>
            <source>Fayl seçin</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <source>Cədvəllər (*.csv *.xlsx)</source>
            <translation>Spreadsheets (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Nömrə</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Ad</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>İxtisas</source>
            <translation>Specialty</translation>
        </message>
        <message>
            <source>Forma</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Vəziyyət</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tarix</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Əmr</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Səbəb</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Əlavə edildi: %1, dəyişməyən: %2, xəta: %3</source>
            <translation>Added: %1, unchanged: %2, errors: %3</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <source>Mərkəz: yoxlanılmayıb</source>
            <translation>Central: not checked</translation>
        </message>
        <message>
            <source>Son sinxronlaşdırma: hələ olmayıb</source>
            <translation>Last synchronisation: not yet</translation>
        </message>
        <message>
            <source>İndi sinxronlaşdır</source>
            <translation>Synchronise now</translation>
        </message>
        <message>
            <source>Mərkəz: qoşulub</source>
            <translation>Central: connected</translation>
        </message>
        <message>
            <source>Mərkəz: əlaqə yoxdur</source>
            <translation>Central: no connection</translation>
        </message>
        <message>
            <source>Son sinxronlaşdırma: </source>
            <translation>Last synchronisation: </translation>
        </message>
        <message>
            <source>Gözləyən dəyişikliklər: </source>
            <translation>Pending changes: </translation>
        </message>
        <message>
            <source>Həll gözləyən problemlər: </source>
            <translation>Issues awaiting resolution: </translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Şablonun mətni</source>
            <translation>Template text</translation>
        </message>
        <message>
            <source>Yadda saxla</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>İlkin şablonu bərpa et</source>
            <translation>Restore the original template</translation>
        </message>
        <message>
            <source>Şablon</source>
            <translation>Template</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Sənəd şablonları</source>
            <translation>Document templates</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Ümumi məlumatlar</source>
            <translation>General information</translation>
        </message>
        <message>
            <source>Status: </source>
            <translation>Status: </translation>
        </message>
    </context>
    <context>
        <name>UploadSlot</name>
        <message>
            <source>Sil</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>jpg, png, pdf</source>
            <translation>jpg, png, pdf</translation>
        </message>
        <message>
            <source>Fayl seçin…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <source>Sənədlər (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Documents (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <source>Fayl oxunmur.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>PDF
{n} səh.</source>
            <translation>PDF
{n} p.</translation>
        </message>
        <message>
            <source>{n} səhifə</source>
            <translation>{n} pages</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Sənədin yoxlanılması</source>
            <translation>Document verification</translation>
        </message>
        <message>
            <source>Yoxlama kodu</source>
            <translation>Verification code</translation>
        </message>
        <message>
            <source>Yoxla</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Yoxlama kodu:</source>
            <translation>Verification code:</translation>
        </message>
    </context>
</TS>
