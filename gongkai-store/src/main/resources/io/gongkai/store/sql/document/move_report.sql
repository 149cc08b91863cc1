UPDATE document SET report_id = :to WHERE report_id = :from
