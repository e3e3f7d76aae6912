-- An issue's masthead line (issue 15): a line printed above the publication's title in that issue only, such as
-- 同一个地球网络 in 2021 No. 4; by locale, stored as the title is ({"zh-CN":"…"}). Existing issues have none.
alter table issue add column masthead_line varchar(4000) default '{}' not null;
