#pragma once

#include "core/DeterministicRandom.h"
#include "core/Filter.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QUuid>

namespace omt::test {

/// Values seen in a library, from which random filters draw their operands
/// so that they match some items and not others (a filter of invented
/// values would match nothing, and a comparison of two empty results proves
/// nothing).
struct FilterVocabulary
{
    QStringList titles;
    QStringList creators;
    /// Stored class paths; `under` also draws their ancestors.
    QStringList classPaths;
    QStringList countries;
    /// Words of titles, creators and descriptions (full text, contains).
    QStringList words;
    /// Words of the viewing users' notes.
    QStringList noteWords;
    QList<QDate> releaseDates;
    /// Days of started_at / completed_at.
    QList<QDate> activityDays;
    QList<int> progress;
    /// Attribute key → values seen (numbers, strings, booleans; arrays as
    /// their string elements).
    QHash<QString, QList<QJsonValue>> attributes;
    QList<QUuid> listIds;
    /// The day within_days counts back from; its values are spread so that
    /// some activity falls inside.
    QDate today;
    /// The most days within_days draws.
    int maxWithinDays = 2000;
};

/// Random, valid smart-list filters (FilterParser accepts FilterWriter's
/// document of each): every field and operator of the catalogue, nested
/// all / any / not groups, sort keys and limits. The same vocabulary and seed
/// give the same filters, on every platform.
class RandomFilterGenerator
{
public:
    RandomFilterGenerator(FilterVocabulary vocabulary, quint64 seed);

    /// A whole filter of up to `maxConditions` conditions (at least one).
    SmartFilter filter(int maxConditions = 6);
    /// One condition on a field and operator chosen uniformly from the catalogue.
    FilterNode condition();
    /// One condition on the given field and operator.
    FilterNode condition(FilterField field, FilterOp op);

    /// Every "field op" pair (e.g. "rating >=") of the tree's conditions.
    static QSet<QString> pairs(const FilterNode &node);
    static QString pairName(FilterField field, FilterOp op);

private:
    FilterNode node(int depth, int *budget);
    QList<FilterSort> sortKeys();

    FilterValue mediaClassValue(FilterOp op);
    FilterValue textValue(const QStringList &pool, FilterOp op);
    FilterValue dateValue(const QList<QDate> &pool, FilterOp op);
    FilterValue numberValue(const QList<double> &pool, FilterOp op, bool wholeNonNegative);
    FilterValue attributeValue(const QString &key, FilterOp op);

    QString pick(const QStringList &pool);
    /// A piece of `text` a person might type for contains / starts_with.
    QString fragment(const QString &text, bool prefix);
    /// Upper, lower or unchanged case: matching ignores ASCII case.
    QString recased(const QString &text);
    bool chance(int percent) { return m_rng.chance(percent); }
    int between(int low, int high) { return m_rng.between(low, high); }

    FilterVocabulary m_vocabulary;
    QStringList m_attributeKeys;
    QList<double> m_progress;
    DeterministicRandom m_rng;
};

} // namespace omt::test
