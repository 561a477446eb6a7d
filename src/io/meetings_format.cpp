#include "mentor/io/meetings_format.hpp"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "mentor/domain/availability.hpp"
#include "mentor/io/icalendar.hpp"

namespace mentor {

std::string iso_local(Date day, int minutes) {
    return fmt::format("{}T{:02}:{:02}:00", day.iso(), minutes / 60, minutes % 60);
}

std::string format_meetings(const std::vector<Meeting>& meetings, const std::string& program_id, Format format) {
    std::vector<const Meeting*> order;
    order.reserve(meetings.size());
    for (const Meeting& m : meetings) order.push_back(&m);
    std::sort(order.begin(), order.end(), [](const Meeting* a, const Meeting* b) {
        return std::tie(a->date, a->start, a->mentor, a->mentee, a->kind, a->key) <
               std::tie(b->date, b->start, b->mentor, b->mentee, b->kind, b->key);
    });
    switch (format) {
        case Format::json: {
            JsonWriter w;
            w.begin_array();
            for (const Meeting* m : order) {
                w.begin_object();
                w.key("mentor"); w.value(m->mentor);
                w.key("mentee"); w.value(m->mentee);
                w.key("kind"); w.value(meeting_kind_name(m->kind));
                w.key("start"); w.value(iso_local(m->date, m->start));
                w.key("end"); w.value(iso_local(m->date, m->end()));
                w.key("minutes"); w.value(m->minutes);
                w.key("key"); w.value(format_meeting_key(*m));
                w.key("uid"); w.value(meeting_uid(program_id, *m));
                w.key("locked"); w.value(m->locked);
                w.key("cancelled"); w.value(m->cancelled);
                w.end_object();
            }
            w.end_array();
            return w.finish();
        }
        case Format::csv: {
            std::string out = csv_record(std::vector<std::string>{"mentor", "mentee", "kind", "start", "end", "minutes", "key",
                                                                  "uid", "locked", "cancelled"});
            for (const Meeting* m : order) {
                out += csv_record(std::vector<std::string>{
                    m->mentor, m->mentee, std::string(meeting_kind_name(m->kind)), iso_local(m->date, m->start),
                    iso_local(m->date, m->end()), std::to_string(m->minutes), format_meeting_key(*m),
                    meeting_uid(program_id, *m), m->locked ? "true" : "false", m->cancelled ? "true" : "false"});
            }
            return out;
        }
        case Format::text: break;
    }
    std::vector<std::vector<std::string>> rows;
    rows.reserve(order.size());
    for (const Meeting* m : order) {
        std::string kind(meeting_kind_name(m->kind));
        if (m->kind == MeetingKind::observation) kind += fmt::format(" {}", m->key);
        if (m->locked) kind += ", locked";
        if (m->cancelled) kind += ", cancelled";
        rows.push_back({m->date.iso(), std::string(weekday_name(m->date.weekday())),
                        fmt::format("{}-{}", format_clock(m->start), format_clock(m->end())), kind, m->mentor, m->mentee});
    }
    const std::vector<std::string> header{"DATE", "DAY", "TIME", "KIND", "MENTOR", "MENTEE"};
    return text_table(header, rows);
}

}  // namespace mentor
